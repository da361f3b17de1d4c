import PartnershipCore
import PartnershipStore
import PublishedStatistics
import TestSupport
import Testing

/// Counts are 64-bit on both engines: a value SQLite stores (3,000,000,000, past 32 bits) must
/// store and sum the same on PostgreSQL, never end in a raw SQL error there.
@Suite struct CountWidthTests {
    @Test(arguments: StoreEngine.available)
    func countColumnsHoldValuesPastThirtyTwoBits(engine: StoreEngine) async throws {
        let store = try await engine.open(try PublishedSchema.schema())
        let big: Int64 = 3_000_000_000
        try await store.transaction { session in
            let vintage = try await ImportLedger.record(
                in: session, dataset: "asylum-support", sourceFile: "wide.csv", sha256: "test-wide", publisher: "test", release: "wide",
                rowCount: Int(big))
            let id = SQLValue.integer(vintage.id)
            try await session.insert(
                into: "asylum_support", columns: ["vintage_id"] + AsylumSupportTable().columns,
                rows: [
                    [
                        id, .text("2024-03-31"), .text("E06000001"), .text("Hartlepool"), .text("North East"), .text("Section 95"),
                        .text("Dispersal Accommodation"), .integer(big),
                    ]
                ])
            try await session.insert(
                into: "nts_transfers", columns: ["vintage_id"] + NTSTable().columns,
                rows: [
                    [
                        id, .text("2024-03-31"), .text("E06000001"), .text("Hartlepool"), .text("North East"), .text("Yes"), .integer(big),
                        .integer(big), .integer(big),
                    ]
                ])
        }
        let sum = try await store.read { try await $0.scalar("SELECT SUM(people) FROM asylum_support") }
        let port = try await store.read { try await $0.scalar("SELECT transfers_in_from_port FROM nts_transfers") }
        let rowCount = try await store.read { try await $0.scalar("SELECT row_count FROM import_vintage") }
        #expect(sum == .integer(big) && port == .integer(big) && rowCount == .integer(big))
    }
}
