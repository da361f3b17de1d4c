import Logging
import PartnershipStore
import TestSupport
import Testing

/// The audit log is append-only in the store, and its hash chain finds any past entry that was
/// changed or removed behind the store's back, on both engines.
@Suite struct AuditLogTests {
    static let schema = try! StoreSchema([StoreSchema.core])

    func draft(_ n: Int) -> AuditEntry.Draft {
        AuditEntry.Draft(
            kind: "programme-switch", region: "r\(n % 2)", subject: "vprs", before: "on", after: "off", effectiveFrom: "2024-01-0\(n)", by: "tester",
            reason: "reason \(n)")
    }

    func filled(_ engine: StoreEngine) async throws -> any SQLStore {
        let store = try await engine.open(Self.schema)
        for n in 1...3 { try await store.transaction { try await AuditLog.append(draft(n), in: $0) } }
        return store
    }

    /// Lets the test tamper as someone with direct database access would.
    func dropGuards(_ store: any SQLStore) async throws {
        try await store.transaction { session in
            switch session.dialect {
            case .sqlite:
                try await session.execute("DROP TRIGGER audit_log_no_update")
                try await session.execute("DROP TRIGGER audit_log_no_delete")
            case .postgres:
                try await session.execute("DROP TRIGGER audit_log_no_change ON audit_log")
            }
        }
    }

    @Test(arguments: StoreEngine.available)
    func entriesChainAndTheStoreRefusesEdits(engine: StoreEngine) async throws {
        let store = try await filled(engine)
        let entries = try await AuditLog(store: store).entries()
        #expect(entries.map(\.id) == [1, 2, 3])
        #expect(entries[0].previousHash == AuditEntry.genesis)
        #expect(entries[1].previousHash == entries[0].hash && entries[2].previousHash == entries[1].hash)
        #expect(try await AuditLog(store: store).entries(region: "r1").map(\.id) == [1, 3])
        let intact = try await AuditLog(store: store).verify()
        #expect(intact.isIntact && intact.entries == 3 && intact.head == entries[2].hash)
        await #expect(throws: StoreError.self) {
            try await store.transaction { try await $0.execute("UPDATE audit_log SET reason = 'x' WHERE id = 2") }
        }
        await #expect(throws: StoreError.self) { try await store.transaction { try await $0.execute("DELETE FROM audit_log WHERE id = 2") } }
        #expect(try await AuditLog(store: store).verify().isIntact)
    }

    @Test(arguments: StoreEngine.available)
    func aChangedPastEntryIsFound(engine: StoreEngine) async throws {
        let store = try await filled(engine)
        try await dropGuards(store)
        try await store.transaction { try await $0.execute("UPDATE audit_log SET by_name = 'someone else' WHERE id = 2") }
        let result = try await AuditLog(store: store).verify()
        #expect(result.problem == "entry 2 was changed after it was recorded (its content no longer matches its hash)")
    }

    @Test(arguments: StoreEngine.available)
    func aRemovedPastEntryIsFound(engine: StoreEngine) async throws {
        let store = try await filled(engine)
        try await dropGuards(store)
        try await store.transaction { try await $0.execute("DELETE FROM audit_log WHERE id = 2") }
        let result = try await AuditLog(store: store).verify()
        #expect(result.problem == "entry 2 is missing (the next is 3): an entry was removed")
    }

    @Test(arguments: StoreEngine.available)
    func aRewrittenHashIsStillFoundByTheNextLink(engine: StoreEngine) async throws {
        let store = try await filled(engine)
        try await dropGuards(store)
        // Someone changes entry 2 and recomputes its own hash: entry 3 no longer follows it.
        let entry = try #require(try await AuditLog(store: store).entries().first { $0.id == 2 })
        let forged = AuditEntry.Draft(
            kind: entry.kind, region: entry.region, subject: entry.subject, before: entry.draft.before, after: entry.draft.after,
            effectiveFrom: entry.draft.effectiveFrom, by: "forger", reason: entry.draft.reason)
        let hash = AuditEntry.hash(id: 2, recordedAt: entry.recordedAt, draft: forged, previousHash: entry.previousHash)
        try await store.transaction { try await $0.execute("UPDATE audit_log SET by_name = 'forger', hash = \(bind: .text(hash)) WHERE id = 2") }
        let result = try await AuditLog(store: store).verify()
        #expect(result.problem == "entry 3 does not follow entry 2: an earlier entry was changed or removed")
    }
}
