import Foundation
import Logging
import PartnershipCore

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

    /// The ledger every import writes to, and the audit log every recorded decision goes into.
    public static let core = SchemaPart(
        owner: "core",
        migrations: coreMigrations + [
            AuditLog.migration, ImportLedger.notesMigration, Migration.bigintCounts("core.v4.bigint-counts", [("import_vintage", ["row_count"])]),
            AccessSchema.migration,
        ])

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

    /// Applies pending migrations in order, all in one transaction (the store is at the new
    /// version or still at the old one, and a new store costs one commit), and returns the names of
    /// all migrations applied so far. A store holding a migration this schema does not know is refused.
    /// `new`: the store was just created, so there is nothing to read before migrating.
    @discardableResult
    public func migrate(_ store: any SQLStore, logger: Logger, new: Bool = false) async throws -> [String] {
        // A store already up to date is only read: opening it writes nothing and takes no lock.
        if !new, let applied = try? await appliedMigrations(store), Set(migrations.map(\.name)).isSubset(of: Set(applied)) {
            let unknown = applied.filter { name in !migrations.contains { $0.name == name } }
            guard unknown.isEmpty else { throw StoreError.unknownMigrations(unknown, location: store.location) }
            return applied
        }
        let pending = self.migrations, location = store.location, dialect = store.dialect
        let (applied, ran) = try await store.transaction { session -> ([String], [String]) in
            // Another process may have applied some while this one waited for the lock.
            try await Self.lockMigrations(session)
            try await session.execute(
                "CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, position INTEGER NOT NULL, applied_at TEXT NOT NULL)")
            var applied = try await session.query("SELECT name FROM schema_migration ORDER BY position").map { try $0.string("name") }
            let known = Set(pending.map(\.name))
            let unknown = applied.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw StoreError.unknownMigrations(unknown, location: location) }
            var ran: [String] = []
            let now = Timestamp.now()
            for migration in pending where !applied.contains(migration.name) {
                do {
                    try await session.execute(
                        migration.statements(dialect).map { SQLStatement(sql: $0) } + [
                            "INSERT INTO schema_migration (name, position, applied_at) VALUES (\(bind: .text(migration.name)), "
                                + "\(bind: SQLValue(applied.count)), \(bind: .text(now)))"
                        ])
                } catch {
                    throw StoreError.migrationFailed(name: migration.name, reason: "\(error)")
                }
                applied.append(migration.name)
                ran.append(migration.name)
            }
            return (applied, ran)
        }
        for name in ran { logger.info("applied migration", metadata: ["migration": "\(name)", "store": "\(location)"]) }
        return applied
    }

    /// On PostgreSQL, one migrating process at a time (a transaction-scoped advisory lock); SQLite's
    /// `BEGIN IMMEDIATE` already serialises writers.
    static func lockMigrations(_ session: any SQLSession) async throws {
        if session.dialect == .postgres { _ = try await session.query("SELECT pg_advisory_xact_lock(7261001) AS locked") }
    }

    public func appliedMigrations(_ store: any SQLStore) async throws -> [String] {
        try await store.rows("SELECT name FROM schema_migration ORDER BY position").map { try $0.string("name") }
    }
}
