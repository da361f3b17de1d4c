/// Opens the store a `--db` value names: a `postgres://` URL, `:memory:`, or a SQLite file path,
/// and brings its schema up to date (migration on first use).
public enum StoreOpener {
    public static func open(_ location: String, schema: StoreSchema) throws -> any SQLStore {
        let store: any SQLStore
        if PostgresURL.isPostgres(location) {
            store = try PostgresStore(url: location)
        } else if location == ":memory:" {
            store = try SQLiteStore()
        } else {
            store = try SQLiteStore(path: location)
        }
        try schema.migrate(store)
        return store
    }
}
