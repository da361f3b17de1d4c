import Logging
import PartnershipStore
import TestSupport
import Testing

/// The store contract, run on every available engine (SQLite always; PostgreSQL when
/// `SMP_TEST_POSTGRES_URL` is set, as `.ci/run` does).
@Suite struct StoreEngineTests {
    static let logger = Logger(label: "smp-test")
    static let things = SchemaPart(
        owner: "test",
        migrations: [
            Migration("test.v1.things") { dialect in
                ["CREATE TABLE thing (id \(dialect.identityPrimaryKey), name TEXT NOT NULL, size BIGINT, weight DOUBLE PRECISION)"]
            }
        ])
    static let schema = try! StoreSchema([StoreSchema.core, things])

    @Test(arguments: StoreEngine.available)
    func migrationsApplyOnceInOrder(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        #expect(
            try await Self.schema.appliedMigrations(store) == [
                "core.v1.import-ledger", "core.v2.audit-log", "core.v3.import-notes", "core.v4.bigint-counts", "core.v5.users-and-sessions",
                "test.v1.things",
            ])
        // Migrating again applies nothing new and changes nothing.
        #expect(
            try await Self.schema.migrate(store, logger: Self.logger) == [
                "core.v1.import-ledger", "core.v2.audit-log", "core.v3.import-notes", "core.v4.bigint-counts", "core.v5.users-and-sessions",
                "test.v1.things",
            ])
        let index = SchemaPart(owner: "test-index", migrations: [Migration("test.v2.index", ["CREATE INDEX thing_name ON thing (name)"])])
        let extended = try StoreSchema([StoreSchema.core, Self.things, index])
        #expect(try await extended.migrate(store, logger: Self.logger).last == "test.v2.index")
        // A store with a migration this schema does not know is refused, naming it.
        await #expect(throws: StoreError.unknownMigrations(["test.v2.index"], location: store.location)) {
            try await Self.schema.migrate(store, logger: Self.logger)
        }
    }

    /// A migration whose second statement fails is named in the error, and the store keeps none of
    /// what the migrations run with it did: its first statement, the migrations before it, their ledger rows.
    @Test(arguments: StoreEngine.available)
    func aFailingMigrationIsNamedAndNothingOfItsRunIsKept(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let broken = SchemaPart(
            owner: "broken",
            migrations: [
                Migration("test.v2.fine", ["CREATE TABLE fine (id INTEGER)"]),
                Migration("test.v3.broken", ["CREATE TABLE half (id INTEGER)", "CREATE TABLE thing (id INTEGER)"]),
            ])
        let extended = try StoreSchema([StoreSchema.core, Self.things, broken])
        let error = await #expect(throws: StoreError.self) { try await extended.migrate(store, logger: Self.logger) }
        #expect(error?.description.contains("test.v3.broken") == true, "\(String(describing: error))")
        #expect(error?.description.contains("test.v2.fine") == false)
        #expect(try await Self.schema.appliedMigrations(store).last == "test.v1.things")
        for table in ["fine", "half"] {
            await #expect(throws: (any Error).self, "\(table) was kept") { _ = try await store.rows("SELECT * FROM \(raw: table)") }
        }
    }

    @Test func aMigrationNameClaimedTwiceIsAnError() async throws {
        let clash = SchemaPart(owner: "other", migrations: [Migration("test.v1.things", ["CREATE TABLE other (id INTEGER)"])])
        #expect(throws: StoreError.duplicateMigration(name: "test.v1.things", owners: ["test", "other"])) {
            try StoreSchema([StoreSchema.core, Self.things, clash])
        }
        let twice = SchemaPart(owner: "twice", migrations: [Migration("a", ["SELECT 1"]), Migration("a", ["SELECT 2"])])
        #expect(throws: StoreError.duplicateMigration(name: "a", owners: ["twice", "twice"])) { try StoreSchema([twice]) }
        // The same owner's part given twice (two schemes sharing their records) is kept once.
        #expect(
            try StoreSchema([StoreSchema.core, Self.things, Self.things]).migrations.map(\.name) == [
                "core.v1.import-ledger", "core.v2.audit-log", "core.v3.import-notes", "core.v4.bigint-counts", "core.v5.users-and-sessions",
                "test.v1.things",
            ])
    }

    @Test(arguments: StoreEngine.available)
    func valuesRoundTripThroughPortableSQL(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        try await store.transaction { session in
            try await session.insert(
                into: "thing", columns: ["name", "size", "weight"],
                rows: [
                    [.text("it's a 'quoted' ? name"), .integer(3), .real(1.5)],
                    [.text("Ynys Môn"), .null, .real(-2.25)],
                    [.text("big"), .integer(9_000_000_000), .null],
                ])
        }
        let rows = try await store.rows("SELECT name, size, weight FROM thing WHERE name <> \(bind: .text("nobody")) ORDER BY id")
        #expect(try rows.map { try $0.string("name") } == ["it's a 'quoted' ? name", "Ynys Môn", "big"])
        #expect(rows.map { $0["size"] } == [.integer(3), .null, .integer(9_000_000_000)])
        #expect(rows.map { $0["weight"].double } == [1.5, -2.25, nil])
        // Aggregates come back as numbers on both engines (PostgreSQL's SUM of BIGINT is NUMERIC).
        #expect(try await store.read { try await $0.scalar("SELECT SUM(size) FROM thing") } == .integer(9_000_000_003))
        #expect(try await store.read { try await $0.scalar("SELECT COUNT(*) FROM thing WHERE size IN (\(list: [3, 4]))") } == .integer(1))
        // A value that looks like SQL stays a value.
        #expect(try await store.rows("SELECT name FROM thing WHERE name = \(bind: .text("x' OR '1'='1"))").isEmpty)
    }

    @Test(arguments: StoreEngine.available)
    func readingAMissingOrMalformedColumnThrowsNamingTableAndColumn(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        try await store.transaction { try await $0.insert(into: "thing", columns: ["name", "size"], rows: [[.text("n"), .null]]) }
        let row = try #require(try await store.rows("SELECT name, size FROM thing").first)
        #expect(row.table == "thing")
        #expect(throws: StoreError.badColumn(table: "thing", column: "size", reason: "NULL where a whole number is needed")) { try row.int("size") }
        #expect(throws: StoreError.badColumn(table: "thing", column: "weight", reason: "no such column in the result")) { try row.double("weight") }
        #expect(throws: StoreError.badColumn(table: "thing", column: "name", reason: "'n' is not a date (YYYY-MM-DD)")) { try row.day("name") }
        #expect(try row.optionalInt("size") == nil)
    }

    @Test(arguments: StoreEngine.available)
    func aFailedTransactionLeavesNoTrace(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        struct Abort: Error {}
        await #expect(throws: Abort.self) {
            try await store.transaction { session in
                try await session.insert(into: "thing", columns: ["name"], rows: [[.text("half-written")]])
                throw Abort()
            }
        }
        await #expect(throws: StoreError.self) {
            try await store.transaction { session in
                try await session.insert(into: "thing", columns: ["name"], rows: [[.text("first")]])
                try await session.insert(into: "thing", columns: ["name"], rows: [[.null]])  // NOT NULL violated
            }
        }
        #expect(try await store.read { try await $0.scalar("SELECT COUNT(*) FROM thing") } == .integer(0))
    }

    @Test(arguments: StoreEngine.available)
    func concurrentTransactionsDoNotInterleave(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        // Forty tasks each write a row then read the count inside their own transaction; none may
        // see another's uncommitted row, and none may be lost.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask {
                    try await store.transaction { session in
                        let before = try await session.scalar("SELECT COUNT(*) FROM thing WHERE name = \(bind: .text("t\(index)"))")
                        try await session.insert(into: "thing", columns: ["name"], rows: [[.text("t\(index)")]])
                        let after = try await session.scalar("SELECT COUNT(*) FROM thing WHERE name = \(bind: .text("t\(index)"))")
                        #expect(before == .integer(0) && after == .integer(1))
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.read { try await $0.scalar("SELECT COUNT(*) FROM thing") } == .integer(40))
    }

    @Test(arguments: StoreEngine.available)
    func bulkInsertsCrossTheParameterLimit(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let rows = (0..<25_000).map { [SQLValue.text("n\($0)"), SQLValue($0), SQLValue(Double($0) / 4)] }
        try await store.transaction { try await $0.insert(into: "thing", columns: ["name", "size", "weight"], rows: rows) }
        #expect(try await store.read { try await $0.scalar("SELECT COUNT(*) FROM thing") } == .integer(25_000))
        #expect(try await store.read { try await $0.scalar("SELECT SUM(size) FROM thing") } == .integer(Int64(25_000 * 24_999 / 2)))
    }

    @Test(arguments: StoreEngine.available)
    func theLedgerKeepsEveryVintage(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let ledger = ImportLedger(store: store)
        let first = try await store.transaction {
            try await ImportLedger.record(
                in: $0, dataset: "d", sourceFile: "a.csv", sha256: "aa", publisher: "Home Office", release: "r1", rowCount: 2)
        }
        let second = try await store.transaction {
            try await ImportLedger.record(
                in: $0, dataset: "d", sourceFile: "b.csv", sha256: "bb", publisher: "Home Office", release: "r2", rowCount: 3)
        }
        #expect(second.id > first.id)
        #expect(try await ledger.vintages(dataset: "d").map(\.release) == ["r1", "r2"])
        #expect(try await ledger.latestID(dataset: "d") == second.id)
        #expect(try await ledger.vintage(dataset: "d", sha256: "aa")?.sourceFile == "a.csv")
        // The same bytes cannot be recorded twice.
        await #expect(throws: StoreError.self) {
            try await store.transaction {
                try await ImportLedger.record(in: $0, dataset: "d", sourceFile: "again.csv", sha256: "aa", publisher: "x", release: "r", rowCount: 1)
            }
        }
    }
}

@Suite struct PostgresURLTests {
    @Test func parsesWhatADeploymentWrites() async throws {
        let url = try PostgresURL("postgres://smp:secret@db.example.org:6543/national?sslmode=require&schema=smp")
        #expect(url.user == "smp" && url.password == "secret" && url.host == "db.example.org" && url.port == 6543)
        #expect(url.database == "national" && url.requireTLS && url.schema == "smp")
        #expect(!url.description.contains("secret"))
        let socket = try PostgresURL("postgresql://postgres@/smp_test?host=/tmp")
        #expect(socket.socketPath == "/tmp/.s.PGSQL.5432")
        #expect(throws: StoreError.self) { try PostgresURL("postgres://smp@host") }
        #expect(throws: StoreError.self) { try PostgresURL("postgres://smp@host/db?sslmode=sometimes") }
    }

    @Test func placeholdersComeFromBindsNotFromRewritingText() {
        let statement: SQLStatement = "SELECT '?' , \(bind: 1) WHERE a = \(bind: .text("?")) AND b IN (\(list: [2, 3]))"
        #expect(statement.text(for: .postgres) == "SELECT '?' , $1 WHERE a = $2 AND b IN ($3, $4)")
        #expect(statement.text(for: .sqlite) == "SELECT '?' , ? WHERE a = ? AND b IN (?, ?)")
        #expect(statement.arguments == [1, .text("?"), 2, 3])
    }
}
