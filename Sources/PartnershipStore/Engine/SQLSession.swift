/// What a read or a transaction may do: run portable SQL with `?` placeholders, and insert many
/// rows at once (each adapter uses its fastest safe path).
public protocol SQLSession {
    var dialect: SQLDialect { get }
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
    func insert(into table: String, columns: [String], rows: [[SQLValue]]) throws
}

extension SQLSession {
    public func execute(_ sql: String) throws { try execute(sql, []) }

    public func query(_ sql: String) throws -> [SQLRow] { try query(sql, []) }

    /// The first column of the first row (e.g. a count), or nil when there is no row.
    public func scalar(_ sql: String, _ arguments: [SQLValue] = []) throws -> SQLValue? {
        try query(sql, arguments).first?.values.first
    }
}
