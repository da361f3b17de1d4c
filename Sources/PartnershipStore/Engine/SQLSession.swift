/// What a read or a transaction may do: run portable statements, and insert many rows at once
/// (each adapter uses its fastest safe path).
public protocol SQLSession: Sendable {
    var dialect: SQLDialect { get }
    func execute(_ statement: SQLStatement) async throws
    /// Runs the statements in order, stopping at the first that fails (a migration's: SQLite runs
    /// them in one visit to its connection).
    func execute(_ statements: [SQLStatement]) async throws
    func query(_ statement: SQLStatement) async throws -> [SQLRow]
    /// Inserts `rows`, each after the same `leading` values (a vintage id), by the engine's bulk
    /// path: one prepared statement on SQLite, `COPY … FROM STDIN` on PostgreSQL.
    func insert(into table: String, columns: [String], leading: [SQLValue], rows: [[SQLValue]]) async throws
    /// Inserts each batch `next` gives until it gives nil, each row after `leading`: an import's
    /// rows as they are read. One `COPY … FROM STDIN` for them all on PostgreSQL, so the server
    /// takes rows while the next batch is read; batch by batch elsewhere.
    func insert(
        into table: String, columns: [String], leading: [SQLValue], batches next: @escaping @Sendable () async -> [[SQLValue]]?
    ) async throws
}

extension SQLSession {
    public func execute(_ statements: [SQLStatement]) async throws {
        for statement in statements { try await execute(statement) }
    }

    public func insert(
        into table: String, columns: [String], leading: [SQLValue], batches next: @escaping @Sendable () async -> [[SQLValue]]?
    ) async throws {
        while let batch = await next() { try await insert(into: table, columns: columns, leading: leading, rows: batch) }
    }

    public func insert(into table: String, columns: [String], rows: [[SQLValue]]) async throws {
        try await insert(into: table, columns: columns, leading: [], rows: rows)
    }
}

extension SQLSession {
    /// The first column of the first row (e.g. a count), or nil when there is no row.
    public func scalar(_ statement: SQLStatement) async throws -> SQLValue? {
        try await query(statement).first?.values.first
    }
}

extension SQLSession {
    /// Deletes the rows of `table` matching `scope` and inserts `rows` in their place, in the
    /// caller's transaction; returns how many rows were replaced. What every re-import does.
    public func replace(in table: String, where scope: SQLStatement, columns: [String], rows: [[SQLValue]]) async throws -> Int {
        let old = try await query("SELECT COUNT(*) AS n FROM \(raw: table) WHERE \(scope)").first?.int("n") ?? 0
        try await execute("DELETE FROM \(raw: table) WHERE \(scope)")
        try await insert(into: table, columns: columns, rows: rows)
        return old
    }
}
