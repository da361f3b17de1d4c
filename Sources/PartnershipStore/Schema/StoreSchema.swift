import Foundation

/// The schema as the ordered list of every module's migrations. The composition root (`smp`,
/// the server, tests) assembles it, so the store never needs to know which programmes exist.
public struct StoreSchema: Sendable {
    public let migrations: [Migration]

    public init(_ parts: [[Migration]]) {
        var seen = Set<String>()
        migrations = parts.joined().filter { seen.insert($0.name).inserted }
    }

    /// The ledger every import writes to.
    public static let core = [
        Migration("core.v1.import-ledger") { dialect in
            [
                """
                CREATE TABLE import_vintage (
                    id \(dialect.identityPrimaryKey),
                    dataset TEXT NOT NULL,
                    source_file TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    publisher TEXT NOT NULL,
                    release TEXT NOT NULL,
                    row_count INTEGER NOT NULL,
                    imported_at TEXT NOT NULL,
                    UNIQUE (dataset, sha256)
                )
                """
            ]
        }
    ]

    /// Applies pending migrations in order, each in its own transaction, and returns the names
    /// of all migrations applied so far.
    @discardableResult
    public func migrate(_ store: any SQLStore) throws -> [String] {
        try store.transaction { session in
            try session.execute("CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, position INTEGER NOT NULL, applied_at TEXT NOT NULL)")
        }
        var applied = try appliedMigrations(store)
        for migration in migrations where !applied.contains(migration.name) {
            do {
                try store.transaction { session in
                    for statement in migration.statements(store.dialect) { try session.execute(statement) }
                    try session.execute(
                        "INSERT INTO schema_migration (name, position, applied_at) VALUES (?, ?, ?)",
                        [.text(migration.name), SQLValue(applied.count), .text(ISO8601DateFormatter().string(from: Date()))])
                }
            } catch {
                throw StoreError.migrationFailed(name: migration.name, reason: "\(error)")
            }
            applied.append(migration.name)
        }
        return applied
    }

    public func appliedMigrations(_ store: any SQLStore) throws -> [String] {
        try store.read { session in
            try session.query("SELECT name FROM schema_migration ORDER BY position").map { $0.string("name") }
        }
    }
}
