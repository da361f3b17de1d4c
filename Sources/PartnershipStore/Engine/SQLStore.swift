/// The store: one schema and one set of portable queries, on the embedded SQLite default
/// (`SQLiteStore`) or on PostgreSQL for a national deployment (`PostgresStore`).
public protocol SQLStore: Sendable {
    var dialect: SQLDialect { get }
    /// Where the data lives, for messages (a file path, or a URL without its password).
    var location: String { get }
    /// Runs `body` with a consistent view of the data.
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// Runs `body` in one transaction: everything it wrote is committed, or, if it throws, nothing.
    func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T
}
