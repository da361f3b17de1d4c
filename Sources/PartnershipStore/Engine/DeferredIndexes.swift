extension SQLSession {
    /// Runs `body`, a bulk insert into `table`, with the table's indexes built once after it rather
    /// than kept up to date row by row, when the table is empty at the start (a new store, the
    /// first release of a dataset). Both engines build an index from the rows far faster than they
    /// maintain one: SQLite's own shell takes 9.7 s to `.import` 2.2 M Asy_D11 rows into an indexed
    /// table and 6.2 s to import them and then index them; `psql \copy` of 21,743 rows takes
    /// 110 ms into a table with the index and 57 ms into one without. Inside the caller's
    /// transaction, so a failure anywhere rolls the indexes back with the rows. On PostgreSQL
    /// dropping an index locks the table until the import commits; the table is empty then, so a
    /// reader waits for the first release rather than seeing nothing. Unique indexes stay in place
    /// on both: they check the rows as they come.
    ///
    /// With `deferringKeys`, on PostgreSQL the table's foreign keys are checked once at the end too
    /// (re-added, which checks every row in one pass): checked row by row, `COPY` of 217,430 rows
    /// took 604 ms, and 114 ms without the key, which then took 19 ms to add. Dropping a key locks
    /// the table it refers to (the import ledger) against readers and writers until the commit, so
    /// callers ask for it only where nobody has anything to read there yet (a store's first
    /// import), and lock that table against writers before they first write to it
    /// (`ImportLedger.lockAgainstWriters`), so two such loads wait for each other rather than
    /// deadlock. SQLite checks a key with one lookup and cannot drop one: there the keys stay.
    public func withIndexesAndKeysDeferred<T>(
        on table: String, deferringKeys: Bool = false, _ body: () async throws -> T
    ) async throws -> T {
        guard try await scalar("SELECT 1 FROM \(raw: table) LIMIT 1") == nil else { return try await body() }
        let keys = deferringKeys ? try await deferrableForeignKeys(on: table) : []
        let definitions = try await deferrableIndexes(on: table)
        for index in definitions { try await execute("DROP INDEX \(raw: "\"\(index.name)\"")") }
        for key in keys { try await execute("ALTER TABLE \(raw: table) DROP CONSTRAINT \(raw: "\"\(key.name)\"")") }
        let result = try await body()
        for index in definitions { try await execute(SQLStatement(sql: index.sql)) }
        for key in keys { try await execute("ALTER TABLE \(raw: table) ADD CONSTRAINT \(raw: "\"\(key.name)\"") \(raw: key.definition)") }
        return result
    }

    /// On PostgreSQL, the table's foreign keys, each one's name and definition. None on SQLite
    /// (see `withIndexesAndKeysDeferred`).
    public func deferrableForeignKeys(on table: String) async throws -> [(name: String, definition: String)] {
        guard dialect == .postgres else { return [] }
        return try await query(
            """
            SELECT c.conname AS name, pg_get_constraintdef(c.oid) AS definition
            FROM pg_constraint c WHERE c.conrelid = to_regclass(\(bind: .text(table))) AND c.contype = 'f' ORDER BY c.conname
            """
        ).map { (name: try $0.string("name"), definition: try $0.string("definition")) }
    }

    /// The table's own indexes (not a primary key's or a unique constraint's) with the statement
    /// that creates each, by name.
    public func deferrableIndexes(on table: String) async throws -> [(name: String, sql: String)] {
        let rows: [SQLRow]
        switch dialect {
        case .sqlite:
            rows = try await query(
                """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = \(bind: .text(table)) AND sql IS NOT NULL
                AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name
                """)
        case .postgres:
            rows = try await query(
                """
                SELECT i.relname AS name, pg_get_indexdef(i.oid) AS sql FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = to_regclass(\(bind: .text(table))) AND NOT x.indisunique AND NOT x.indisprimary ORDER BY i.relname
                """)
        }
        return try rows.map { (name: try $0.string("name"), sql: try $0.string("sql")) }
    }
}
