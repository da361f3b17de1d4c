import Foundation
import GRDB

/// The embedded SQLite store (GRDB): one file, migrated on first use. Published statistics and,
/// later, programme records live here; every write that imports a file runs in one transaction.
public struct StoreDatabase: Sendable {
    public let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        writer = try DatabaseQueue(path: path, configuration: configuration)
        try StoreMigrations.migrator.migrate(writer)
    }

    /// An in-memory database, for tests and benchmarks.
    public init() throws {
        writer = try DatabaseQueue()
        try StoreMigrations.migrator.migrate(writer)
    }

    /// Names of the migrations applied so far (`smp db migrate` prints them).
    public func appliedMigrations() throws -> [String] {
        try writer.read { try StoreMigrations.migrator.appliedMigrations($0) }
    }
}
