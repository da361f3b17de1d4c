import Logging

/// Opens the store a `--db` value names: a `postgres://` URL, `:memory:`, or a SQLite file path,
/// and brings its schema up to date (migration on first use).
public enum StoreOpener {
    /// `forBulkLoad`: the caller is about to import into it, then calls `finishBulkLoad()`; a
    /// SQLite file created here then writes its first pages once (see `SQLiteStore`).
    public static func open(_ location: String, schema: StoreSchema, logger: Logger, forBulkLoad: Bool = false) async throws -> any SQLStore {
        let store: any SQLStore
        // A SQLite file created here has no migrations to read first (should another process create
        // it meanwhile, the migration's own transaction reads what it applied).
        var new = false
        if PostgresURL.isPostgres(location) {
            store = try await PostgresStore(url: location, logger: logger)
        } else if location == ":memory:" {
            store = try SQLiteStore()
        } else {
            let file = try SQLiteStore(path: location, bulkLoad: forBulkLoad)
            new = file.createdFile
            store = file
        }
        do {
            try await schema.migrate(store, logger: logger, new: new)
        } catch {
            await store.close()
            throw error
        }
        return store
    }
}
