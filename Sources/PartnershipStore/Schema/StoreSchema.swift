import Foundation

/// The schema as the ordered list of every module's migrations. The composition root (`smp`,
/// the server, tests) assembles it, so the store never needs to know which programmes exist.
public struct StoreSchema: Sendable {
    public let migrations: [Migration]

    /// Parts are kept once per owner, in order; a migration name claimed by two owners, or twice
    /// by one, is an error (two modules would otherwise silently share one table's history).
    public init(_ parts: [SchemaPart]) throws {
        var owners = Set<String>()
        var ownerOfName: [String: String] = [:]
        var migrations: [Migration] = []
        for part in parts where owners.insert(part.owner).inserted {
            for migration in part.migrations {
                if let other = ownerOfName[migration.name] {
                    throw StoreError.duplicateMigration(name: migration.name, owners: [other, part.owner])
                }
                ownerOfName[migration.name] = part.owner
                migrations.append(migration)
            }
        }
        self.migrations = migrations
    }

    /// The ledger every import writes to.
    public static let core = SchemaPart(owner: "core", migrations: coreMigrations)

    static let coreMigrations = [
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
        let known = Set(migrations.map(\.name))
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw StoreError.unknownMigrations(unknown, location: store.location) }
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
