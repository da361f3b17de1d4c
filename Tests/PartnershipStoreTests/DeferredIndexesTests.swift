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
                    "CREATE UNIQUE INDEX cell_once ON cell (quarter, la_code, people)",
                ]),
            Migration(
                "test.v2.tagged",
                [
                    "CREATE TABLE release (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE tagged (release_id BIGINT NOT NULL REFERENCES release(id) ON DELETE CASCADE, people BIGINT NOT NULL)",
                ]),
        ])
    static let schema = try! StoreSchema([StoreSchema.core, part])
    struct Failure: Error {}

    func rows(_ range: ClosedRange<Int>) -> [[SQLValue]] {
        range.map { [.text("2024-03-31"), .text("E0600000\($0 % 10)"), .integer(Int64($0))] }
    }

    /// The table's index names, with the columns each one's definition names.
    func indexes(_ session: any SQLSession) async throws -> [String] {
        try await session.deferrableIndexes(on: "cell").map { index in
            let columns = index.sql.firstRange(of: "(la_code, quarter)") != nil ? "(la_code, quarter)" : "columns changed: \(index.sql)"
            return "\(index.name) \(columns)"
        }
    }

    static let declared = ["cell_lookup (la_code, quarter)"]

    @Test(arguments: StoreEngine.available) func anEmptyTableIsIndexedOnceTheRowsAreIn(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let (during, after) = try await store.transaction { session in
            let during = try await session.withIndexesAndKeysDeferred(on: "cell") {
                try await session.insert(into: "cell", columns: ["quarter", "la_code", "people"], rows: rows(1...50))
                return try await indexes(session)
            }
            return (during, try await indexes(session))
        }
        #expect(during.isEmpty)
        #expect(after == Self.declared)
        if engine == .sqlite {
            // The rebuilt index answers the query it exists for.
            let plan = try await store.rows("EXPLAIN QUERY PLAN SELECT people FROM cell WHERE la_code = 'E06000003'").map { try $0.string("detail") }
            #expect(plan.contains { $0.contains("cell_lookup") })
        }
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM cell").first?.int("n") == 50)
    }

    @Test(arguments: StoreEngine.available) func aFailedInsertLeavesTheIndexesAndNoRows(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        await #expect(throws: Failure.self) {
            try await store.transaction { session in
                try await session.withIndexesAndKeysDeferred(on: "cell") {
                    try await session.insert(into: "cell", columns: ["quarter", "la_code", "people"], rows: rows(1...50))
                    throw Failure()
                }
            }
        }
        let after = try await store.transaction { try await indexes($0) }
        #expect(after == Self.declared)
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM cell").first?.int("n") == 0)
    }

    @Test(arguments: StoreEngine.available) func aTableWithRowsKeepsItsIndexesUpToDateInstead(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        try await store.transaction { try await $0.insert(into: "cell", columns: ["quarter", "la_code", "people"], rows: rows(1...5)) }
        let during = try await store.transaction { session in
            try await session.withIndexesAndKeysDeferred(on: "cell") {
                try await session.insert(into: "cell", columns: ["quarter", "la_code", "people"], rows: rows(6...50))
                return try await indexes(session)
            }
        }
        #expect(during == Self.declared)
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM cell").first?.int("n") == 50)
    }

    /// Every index the table has now, unique ones included, by name.
    func indexNames(_ session: any SQLSession) async throws -> [String] {
        let sql: SQLStatement =
            session.dialect == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cell' AND sql IS NOT NULL ORDER BY name"
            : "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'cell' AND schemaname = current_schema() ORDER BY indexname"
        return try await session.query(sql).map { try $0.string("name") }
    }

    @Test(arguments: StoreEngine.available) func aUniqueIndexStillChecksTheRowsAsTheyCome(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let during = try await store.transaction { session in
            try await session.withIndexesAndKeysDeferred(on: "cell") { try await indexNames(session) }
        }
        #expect(during == ["cell_once"])
        await #expect(throws: (any Error).self) {
            try await store.transaction { session in
                try await session.withIndexesAndKeysDeferred(on: "cell") {
                    try await session.insert(into: "cell", columns: ["quarter", "la_code", "people"], rows: rows(1...5) + rows(3...3))
                }
            }
        }
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM cell").first?.int("n") == 0)
        #expect(try await store.transaction { try await indexNames($0) } == ["cell_lookup", "cell_once"])
    }

    /// Asked to, on PostgreSQL a foreign key is checked once, when the rows are in: gone during the load,
    /// back as declared after it; a row whose parent is missing still fails the load, which then
    /// leaves no rows and the key in place. SQLite keeps its keys (one lookup a row).
    @Test(arguments: StoreEngine.available) func aKeyIsCheckedOnceTheRowsAreIn(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let declared = try await store.read { try await $0.deferrableForeignKeys(on: "tagged") }
        #expect(declared.map(\.definition) == (engine == .postgres ? ["FOREIGN KEY (release_id) REFERENCES release(id) ON DELETE CASCADE"] : []))
        func load(parent: Int64) async throws -> (during: [String], after: [String]) {
            try await store.transaction { session in
                try await session.execute("INSERT INTO release (id) VALUES (1)")
                let during = try await session.withIndexesAndKeysDeferred(on: "tagged", deferringKeys: true) {
                    try await session.insert(
                        into: "tagged", columns: ["release_id", "people"], rows: (1...20).map { [.integer(parent), .integer(Int64($0))] })
                    return try await session.deferrableForeignKeys(on: "tagged").map(\.definition)
                }
                return (during, try await session.deferrableForeignKeys(on: "tagged").map(\.definition))
            }
        }
        await #expect(throws: (any Error).self) { _ = try await load(parent: 2) }
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM tagged").first?.int("n") == 0)
        #expect(try await store.read { try await $0.deferrableForeignKeys(on: "tagged") }.map(\.definition) == declared.map(\.definition))

        let (during, after) = try await load(parent: 1)
        #expect(during.isEmpty)
        #expect(after == declared.map(\.definition))
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM tagged").first?.int("n") == 20)
    }
}
