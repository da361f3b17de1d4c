import Foundation

/// The append-only, hash-chained audit log (`audit_log`). Entries are only ever added (the store
/// refuses updates and deletes with a trigger); `verify` recomputes the chain and finds the first
/// entry that was changed, removed or inserted out of order.
public struct AuditLog: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// Appends an entry inside the caller's transaction, chained to the latest one.
    @discardableResult
    public static func append(_ draft: AuditEntry.Draft, in session: any SQLSession) async throws -> AuditEntry {
        let last = try await session.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").first
        let id = (try last?.int64("id") ?? 0) + 1
        let previous = try last?.string("hash") ?? AuditEntry.genesis
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let recordedAt = formatter.string(from: Date())
        let hash = AuditEntry.hash(id: id, recordedAt: recordedAt, draft: draft, previousHash: previous)
        try await session.insert(
            into: "audit_log",
            columns: [
                "id", "recorded_at", "kind", "region", "subject", "before", "after", "effective_from", "by_name", "reason", "previous_hash", "hash",
            ],
            rows: [
                [
                    .integer(id), .text(recordedAt), .text(draft.kind), .text(draft.region), .text(draft.subject), .text(draft.before),
                    .text(draft.after),
                    .text(draft.effectiveFrom), .text(draft.by), .text(draft.reason), .text(previous), .text(hash),
                ]
            ])
        return AuditEntry(id: id, recordedAt: recordedAt, draft: draft, previousHash: previous, hash: hash)
    }

    /// Entries in the order recorded; one region's, one kind's, or all.
    public func entries(region: String? = nil, kind: String? = nil) async throws -> [AuditEntry] {
        var statement: SQLStatement = "SELECT * FROM audit_log WHERE 1 = 1"
        statement.and("region", equals: region.map(SQLValue.text))
        statement.and("kind", equals: kind.map(SQLValue.text))
        statement.append("ORDER BY id")
        return try await store.rows(statement).map(Self.entry)
    }

    /// The outcome of checking the whole chain.
    public struct Verification: Sendable, Hashable {
        public let entries: Int
        /// The latest entry's hash: record it elsewhere to detect the newest entry being removed.
        public let head: String
        /// The first problem found, or nil when the chain is intact.
        public let problem: String?
        public var isIntact: Bool { problem == nil }
    }

    /// Recomputes every entry's hash and link, in order.
    public func verify() async throws -> Verification {
        let rows = try await store.rows("SELECT * FROM audit_log ORDER BY id")
        var previous = AuditEntry.genesis
        var expectedID: Int64 = 1
        for row in rows {
            let entry = try Self.entry(row)
            if entry.id != expectedID {
                return Verification(
                    entries: rows.count, head: previous, problem: "entry \(expectedID) is missing (the next is \(entry.id)): an entry was removed")
            }
            if entry.previousHash != previous {
                return Verification(
                    entries: rows.count, head: previous,
                    problem: "entry \(entry.id) does not follow entry \(entry.id - 1): an earlier entry was changed or removed")
            }
            let recomputed = AuditEntry.hash(id: entry.id, recordedAt: entry.recordedAt, draft: entry.draft, previousHash: entry.previousHash)
            if recomputed != entry.hash {
                return Verification(
                    entries: rows.count, head: previous,
                    problem: "entry \(entry.id) was changed after it was recorded (its content no longer matches its hash)")
            }
            previous = entry.hash
            expectedID += 1
        }
        return Verification(entries: rows.count, head: previous, problem: nil)
    }

    static func entry(_ row: SQLRow) throws -> AuditEntry {
        AuditEntry(
            id: try row.int64("id"), recordedAt: try row.string("recorded_at"),
            draft: AuditEntry.Draft(
                kind: try row.string("kind"), region: try row.string("region"), subject: try row.string("subject"), before: try row.string("before"),
                after: try row.string("after"), effectiveFrom: try row.string("effective_from"), by: try row.string("by_name"),
                reason: try row.string("reason")),
            previousHash: try row.string("previous_hash"), hash: try row.string("hash"))
    }

    /// The table and the triggers that keep it append-only.
    static let migration = Migration("core.v2.audit-log") { dialect in
        let table = """
            CREATE TABLE audit_log (
                id BIGINT PRIMARY KEY, recorded_at TEXT NOT NULL, kind TEXT NOT NULL, region TEXT NOT NULL, subject TEXT NOT NULL,
                before TEXT NOT NULL, after TEXT NOT NULL, effective_from TEXT NOT NULL, by_name TEXT NOT NULL, reason TEXT NOT NULL,
                previous_hash TEXT NOT NULL, hash TEXT NOT NULL
            )
            """
        switch dialect {
        case .sqlite:
            return [
                table,
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
            ]
        case .postgres:
            return [
                table,
                """
                CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'audit_log is append-only'; END;
                $$ LANGUAGE plpgsql
                """,
                "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
            ]
        }
    }
}
