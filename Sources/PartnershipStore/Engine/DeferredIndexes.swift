extension SQLSession {
    /// Runs `body`, a bulk insert into `table`, with the table's indexes built once after it rather
    /// than kept up to date row by row, when the table is empty at the start (a new store, the
    /// first release of a dataset). SQLite builds an index from the sorted rows far faster than it
    /// maintains one: its own shell takes 9.7 s to `.import` 2.2 M Asy_D11 rows into an indexed
    /// table and 6.2 s to import them and then index them. Inside the caller's transaction, so a
    /// failure anywhere rolls the indexes back with the rows. SQLite only: PostgreSQL's `COPY`
    /// path is left as it is.
    public func withIndexesDeferred<T>(on table: String, _ body: () async throws -> T) async throws -> T {
        guard dialect == .sqlite, try await scalar("SELECT 1 FROM \(raw: table) LIMIT 1") == nil else { return try await body() }
        let indexes = try await query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = \(bind: .text(table)) AND sql IS NOT NULL ORDER BY name")
        let definitions = try indexes.map { (name: try $0.string("name"), sql: try $0.string("sql")) }
        for index in definitions { try await execute("DROP INDEX \(raw: "\"\(index.name)\"")") }
        let result = try await body()
        for index in definitions { try await execute(SQLStatement(sql: index.sql)) }
        return result
    }
}
