import Foundation
import Logging
import PartnershipStore

/// The engines a store test runs on: SQLite always; PostgreSQL when `SMP_TEST_POSTGRES_URL` is
/// set (`.ci/run` starts a server and sets it). Each test gets a fresh, empty, migrated store.
public enum StoreEngine: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    public static let postgresURL = ProcessInfo.processInfo.environment["SMP_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// The engines available here; says once on stderr when PostgreSQL is skipped, and why.
    public static let available: [StoreEngine] = {
        if postgresURL == nil {
            FileHandle.standardError.write(Data("note: PostgreSQL store tests skipped: SMP_TEST_POSTGRES_URL is not set (.ci/run sets it)\n".utf8))
            return [.sqlite]
        }
        return [.sqlite, .postgres]
    }()

    public var description: String { rawValue }

    /// A fresh store with `schema` applied: in-memory SQLite, or a new PostgreSQL schema.
    public func open(_ schema: StoreSchema) async throws -> any SQLStore {
        let store: any SQLStore
        switch self {
        case .sqlite:
            store = try SQLiteStore()
        case .postgres:
            let base = StoreEngine.postgresURL!
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            store = try await PostgresStore(url: base + (base.contains("?") ? "&" : "?") + "schema=\(name)", logger: Logger(label: "smp-test"))
        }
        try await schema.migrate(store, logger: Logger(label: "smp-test"))
        return store
    }

    /// A `--db` argument for a fresh store on this engine: a new SQLite file in `folder`, or a new
    /// PostgreSQL schema (for tests that run `smp` itself).
    public func databaseArgument(in folder: URL) -> String {
        switch self {
        case .sqlite:
            return folder.appendingPathComponent("smp-\(UUID().uuidString.prefix(8)).sqlite").path
        case .postgres:
            let base = StoreEngine.postgresURL!
            let name = "c_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            return base + (base.contains("?") ? "&" : "?") + "schema=\(name)"
        }
    }
}
