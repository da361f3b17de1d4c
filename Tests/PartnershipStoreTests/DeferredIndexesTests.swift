import PartnershipStore
import TestSupport
import Testing

/// A bulk insert into an empty table builds the table's indexes once at the end: afterwards the
/// indexes are there, exactly as declared, and a failed insert leaves them as they were.
@Suite struct DeferredIndexesTests {
    static let part = SchemaPart(
        owner: "test",
        migrations: [
            Migration(
                "test.v1.cells",
                [
                    "CREATE TABLE cell (quarter TEXT NOT NULL, la_code TEXT, people BIGINT NOT NULL)",
                    "CREATE INDEX cell_lookup ON cell (la_code, quarter)",
                ])
        ])
    static let schema = try! StoreSchema([StoreSchema.core, part])
    struct Failure: Error {}

    func rows(_ range: ClosedRange<Int>) -> [[SQLValue]] {
        range.map { [.text("2024-03-31"), .text("E0600000\($0 % 10)"), .integer(Int64($0))] }
    }

    func indexes(_ session: any SQLSession) async throws -> [String] {
        try await session.query("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cell' AND sql IS NOT NULL").map {
            try $0.string("sql")
        }
    }

    @Test func anEmptyTableIsIndexedOnceTheRowsAreIn() async throws {
        let store = try await StoreEngine.sqlite.open(Self.schema)
        let (during, after) = try await store.transaction { session in
            let during = try await session.withIndexesDeferred(on: "cell") {
                try await session.insert(into: "cell", columns: ["quarter", "la_code", "people"], rows: rows(1...50))
                return try await indexes(session)
            }
            return (during, try await indexes(session))
        }
        #expect(during.isEmpty)
        #expect(after == ["CREATE INDEX cell_lookup ON cell (la_code, quarter)"])
        // The rebuilt index answers the query it exists for.
        let plan = try await store.rows("EXPLAIN QUERY PLAN SELECT people FROM cell WHERE la_code = 'E06000003'").map { try $0.string("detail") }
        #expect(plan.contains { $0.contains("cell_lookup") })
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM cell").first?.int("n") == 50)
    }

    @Test func aFailedInsertLeavesTheIndexesAndNoRows() async throws {
        let store = try await StoreEngine.sqlite.open(Self.schema)
        await #expect(throws: Failure.self) {
            try await store.transaction { session in
                try await session.withIndexesDeferred(on: "cell") {
                    try await session.insert(into: "cell", columns: ["quarter", "la_code", "people"], rows: rows(1...50))
                    throw Failure()
                }
            }
        }
        let after = try await store.transaction { try await indexes($0) }
        #expect(after == ["CREATE INDEX cell_lookup ON cell (la_code, quarter)"])
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM cell").first?.int("n") == 0)
    }

    @Test func aTableWithRowsKeepsItsIndexesUpToDateInstead() async throws {
        let store = try await StoreEngine.sqlite.open(Self.schema)
        try await store.transaction { try await $0.insert(into: "cell", columns: ["quarter", "la_code", "people"], rows: rows(1...5)) }
        let during = try await store.transaction { session in
            try await session.withIndexesDeferred(on: "cell") {
                try await session.insert(into: "cell", columns: ["quarter", "la_code", "people"], rows: rows(6...50))
                return try await indexes(session)
            }
        }
        #expect(during == ["CREATE INDEX cell_lookup ON cell (la_code, quarter)"])
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM cell").first?.int("n") == 50)
    }
}
