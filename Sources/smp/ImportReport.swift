import ArgumentParser
import Foundation
import PartnershipStore
import PublishedStatistics

/// Runs an import with a progress line and prints its one-line summary (or every bad row).
enum ImportReport {
    /// Imports one file; exits 1 (having changed nothing) when the file is rejected.
    static func run(_ file: String, as table: any PublishedTable, release: String?, into store: any SQLStore, quiet: Bool = false) throws {
        try run(file, as: table, release: release, importer: TableImporter(store: store), quiet: quiet)
    }

    /// Imports into the `--db` store, which is created only once the file is known to be good.
    static func run(_ file: String, as table: any PublishedTable, release: String?, into database: DatabaseOption) throws {
        try run(file, as: table, release: release, importer: TableImporter(storeIsNew: database.isNewFile) { try database.open() }, quiet: false)
    }

    private static func run(_ file: String, as table: any PublishedTable, release: String?, importer: TableImporter, quiet: Bool) throws {
        let url = URL(fileURLWithPath: file)
        let progress = ProgressLine("importing \(url.lastPathComponent)")
        let outcome = try importer.importFile(url, as: table, release: release, progress: progress.update)
        progress.finish()
        try print(outcome, file: url.lastPathComponent, seconds: progress.elapsed, write: quiet ? Console.err : Console.out)
    }

    /// Every bundled table; `quiet` sends the summaries to stderr (a first run inside another command).
    static func bundled(into store: any SQLStore, quiet: Bool = false) throws {
        for entry in PublishedSchema.bundled {
            try run(BundledData.file(entry.file).path, as: entry.table, release: nil, into: store, quiet: quiet)
        }
    }

    static func print(_ outcome: ImportOutcome, file: String, seconds: TimeInterval, write: (String) -> Void) throws {
        switch outcome {
        case .imported(let vintage, let summary, let notes):
            write(String(format: "Imported %@ as %@ vintage %lld (%@): %@, in %.2fs\n", file, vintage.dataset, vintage.id, vintage.release, summary, seconds))
            for note in notes { write("  note: \(note)\n") }
        case .alreadyImported(let vintage):
            write("Already imported: \(file) is \(vintage.dataset) vintage \(vintage.id) (\(vintage.release), sha256 \(vintage.sha256.prefix(12))…); nothing changed\n")
        case .rejected(let diagnostics):
            Console.err(diagnostics.map(\.description).joined(separator: "\n"))
            Console.err("\(diagnostics.count) problem(s) in \(file); nothing was imported")
            throw ExitCode(1)
        }
    }
}
