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

    /// The store, loaded with the bundled Home Office and ONS tables if nothing was imported yet
    /// (a first run needs no file paths); `opened` is the store when the caller has opened it.
    public func openWithData(_ opened: (any SQLStore)? = nil) async throws -> any SQLStore {
        let created = opened == nil && isNewFile
        let store: any SQLStore
        if let opened { store = opened } else { store = try await open(forBulkLoad: created) }
        if try await PublishedSchema.isEmpty(store) {
            Console.err("First run on \(store.location): loading the bundled Home Office and ONS tables (smp import --bundled)…")
            try await ImportReport.bundled(into: store, quiet: true)
        }
        if created { try await store.finishBulkLoad() }
        return store
    }
}
