/// The store: one schema and one set of portable statements, on the embedded SQLite default
/// (`SQLiteStore`) or on PostgreSQL for a national deployment (`PostgresStore`). Async, so a
/// server can share it across requests.
public protocol SQLStore: Sendable {
    var dialect: SQLDialect { get }
    /// Where the data lives, for messages (a file path, or a URL without its password).
    var location: String { get }
    /// Runs `body` with a consistent view of the data.
    func read<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T
    /// Runs `body` in one transaction: everything it wrote is committed, or, if it throws, nothing.
    func transaction<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T
    /// Releases the store's connections (a PostgreSQL client's pool); the store is unusable after.
    func close() async
    /// A value that changes whenever any process commits to the store, read without a query (the
    /// SQLite file and its write-ahead log's size and modification time), or nil when the engine
    /// has none; a cache keyed by it is never stale.
    func changeToken() -> String?
    /// Ends a bulk load into a store created for it (see `StoreOpener.open(…, forBulkLoad:)`):
    /// from here on it runs as every store does. Nothing to do elsewhere.
    func finishBulkLoad() async throws
}

extension SQLStore {
    public func close() async {}
    public func changeToken() -> String? { nil }
    public func finishBulkLoad() async throws {}

    /// The rows of one statement.
    public func rows(_ statement: SQLStatement) async throws -> [SQLRow] {
        try await read { try await $0.query(statement) }
    }
}
