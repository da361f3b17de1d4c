import ArgumentParser
import Foundation
import PartnershipStore

/// `--db PATH` (default `$SMP_DB` or `./smp.sqlite`): the embedded SQLite store.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "SQLite database file (default: $SMP_DB or ./smp.sqlite).")
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["SMP_DB"] ?? "smp.sqlite" }

    func open() throws -> StoreDatabase {
        if path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") {
            Console.err("PostgreSQL stores are not available in this build yet; use a SQLite file path")
            throw ExitCode(1)
        }
        do { return try StoreDatabase(path: path) } catch {
            Console.err("cannot open the database at \(path): \(error)")
            throw ExitCode(1)
        }
    }
}
