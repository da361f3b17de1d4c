import Logging

/// Opens the store a `--db` value names: a `postgres://` URL, `:memory:`, or a SQLite file path,
/// and brings its schema up to date (migration on first use).
public enum StoreOpener {
    public static func open(_ location: String, schema: StoreSchema, logger: Logger) async throws -> any SQLStore {
        let store: any SQLStore
        if PostgresURL.isPostgres(location) {
            store = try await PostgresStore(url: location, logger: logger)
        } else if location == ":memory:" {
            store = try SQLiteStore()
        } else {
            store = try SQLiteStore(path: location)
        }
        do {
            try await schema.migrate(store, logger: logger)
        } catch {
            await store.close()
            throw error
        }
        return store
    }
}
