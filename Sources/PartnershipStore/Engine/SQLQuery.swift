/// A `SELECT` built clause by clause, keeping SQL and its bound values in step, so optional
/// filters (`AND la_code IN (…)`) are written once rather than in every query.
public struct SQLQuery: Sendable {
    public private(set) var sql: String
    public private(set) var arguments: [SQLValue]

    public init(_ sql: String, _ arguments: [SQLValue] = []) {
        self.sql = sql
        self.arguments = arguments
    }

    /// Appends ` AND column = ?` when `value` is given.
    public mutating func and(_ column: String, equals value: SQLValue?) {
        guard let value else { return }
        sql += " AND \(column) = ?"
        arguments.append(value)
    }

    /// Appends ` AND column IN (?, …)` when `values` is given.
    public mutating func and(_ column: String, in values: [SQLValue]?) {
        guard let values else { return }
        sql += " AND \(column) IN (\(SQLDialect.marks(values.count)))"
        arguments += values
    }

    /// Appends plain SQL (`GROUP BY …`, `ORDER BY …`).
    public mutating func append(_ clause: String) { sql += " " + clause }

    public func rows(in store: any SQLStore) throws -> [SQLRow] {
        try store.read { try $0.query(sql, arguments) }
    }
}
