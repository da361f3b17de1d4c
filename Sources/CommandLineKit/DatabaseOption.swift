import ArgumentParser
import Foundation
import PartnershipStore
import ProgrammeKit
import PublishedStatistics

/// `--db PATH|URL` (default `$SMP_DB` or `./smp.sqlite`): a SQLite file (the embedded default) or
/// a `postgres://user@host/db` URL. The schema, derived from the registry, is migrated on first use.
public struct DatabaseOption: ParsableArguments, Sendable {
    @Option(name: .long, help: "SQLite file or postgres://user@host/db URL (default: $SMP_DB or ./smp.sqlite).")
    public var db: String?

    public init() {}

    public var location: String { db ?? ProcessInfo.processInfo.environment["SMP_DB"] ?? "smp.sqlite" }

    /// True for a SQLite path with no file yet (nothing has been imported there).
    public var isNewFile: Bool {
        !PostgresURL.isPostgres(location) && location != ":memory:" && !FileManager.default.fileExists(atPath: location)
    }

    /// The store, migrated; `forBulkLoad` when the caller imports into it and then calls
    /// `finishBulkLoad()` (a new SQLite file then writes its first pages once).
    public func open(forBulkLoad: Bool = false) async throws -> any SQLStore {
        try await StoreOpener.open(location, schema: try Console.registry().platform.schema(), logger: Console.logger, forBulkLoad: forBulkLoad)
    }

    /// Runs `body` on the store, opened to be loaded: a new SQLite file writes its first pages
    /// once, and runs as every store does after `body` (`finishBulkLoad`).
    public func loading<T: Sendable>(_ body: (any SQLStore) async throws -> T) async throws -> T {
        let created = isNewFile
        let store = try await open(forBulkLoad: created)
        let result = try await body(store)
        if created { try await store.finishBulkLoad() }
        return result
    }

    /// The store, loaded with the bundled Home Office and ONS tables if nothing was imported yet
    /// (a first run needs no file paths); `opened` is the store when the caller has opened it.
    public func openWithData(_ opened: (any SQLStore)? = nil) async throws -> any SQLStore {
        if let opened {
            try await Self.loadBundledIfEmpty(opened)
            return opened
        }
        return try await loading { store in
            try await Self.loadBundledIfEmpty(store)
            return store
        }
    }

    private static func loadBundledIfEmpty(_ store: any SQLStore) async throws {
        guard try await PublishedSchema.isEmpty(store) else { return }
        Console.err("First run on \(store.location): loading the bundled Home Office and ONS tables (smp import --bundled)…")
        try await ImportReport.bundled(into: store, quiet: true)
    }
}
