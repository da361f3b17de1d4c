import ArgumentParser
import Foundation
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// Runs an import with a progress line and prints its one-line summary (or fails with every bad row).
public enum ImportReport {
    /// Imports one file into an open store.
    public static func run(_ file: String, as table: any PublishedTable, release: String?, into store: any SQLStore, quiet: Bool = false) async throws
    {
        try await run(file, as: table, release: release, importer: TableImporter(store: store, logger: Console.logger), quiet: quiet)
    }

    /// Imports a file of `dataset` (CSV or workbook, its table recognised by its header row) into
    /// the `--db` store; a new database file is removed again when the file is refused.
    public static func run(_ file: String, as dataset: PublishedDataset, release: String?, into database: DatabaseOption) async throws {
        let location = database.location, schema = try Console.registry().platform.schema(), logger = Console.logger
        let importer = TableImporter(
            storeIsNew: database.isNewFile, logger: logger,
            discard: {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: location + suffix) }
            },
            opening: { try await StoreOpener.open(location, schema: schema, logger: logger, forBulkLoad: true) })
        try await run(file, as: dataset.tables, kind: dataset.kind, release: release, importer: importer, quiet: false)
    }

    private static func run(_ file: String, as table: any PublishedTable, release: String?, importer: TableImporter, quiet: Bool) async throws {
        try await run(file, as: [table], kind: "a \(table.dataset) table", release: release, importer: importer, quiet: quiet)
    }

    private static func run(
        _ file: String, as tables: [any PublishedTable], kind: String, release: String?, importer: TableImporter, quiet: Bool
    ) async throws {
        let url = URL(fileURLWithPath: file)
        let progress = ProgressLine("importing \(url.lastPathComponent)")
        let outcome = try await importer.importFile(url, asOneOf: tables, kind: kind, release: release, progress: progress.update)
        progress.finish()
        try print(outcome, file: url.lastPathComponent, seconds: progress.elapsed, write: quiet ? Console.err : Console.out)
    }

    /// Every bundled file of every dataset the registry's programmes read; `quiet` sends the
    /// summaries to stderr (a first run inside another command).
    public static func bundled(into store: any SQLStore, quiet: Bool = false) async throws {
        for dataset in try Console.registry().platform.datasets {
            for entry in dataset.bundled {
                try await run(BundledData.file(entry.file).path, as: entry.table, release: nil, into: store, quiet: quiet)
            }
        }
    }

    static func print(_ outcome: ImportOutcome, file: String, seconds: TimeInterval, write: (String) -> Void) throws {
        switch outcome {
        case .imported(let vintage, let summary, let notes):
            write(
                "Imported \(file) as \(vintage.dataset) vintage \(vintage.id) (\(vintage.release)): \(summary), in "
                    + "\(NumberFormat.plainDecimal(seconds, places: 2))s\n")
            switch notes.count {
            case 0: break
            case 1: write("  note: \(notes[0])\n")
            default: write("  \(notes.count) notes on this file (\(notes[0].prefix(60))…): smp db vintages --detail\n")
            }
        case .alreadyImported(let vintage):
            write(
                "Already imported: \(file) is \(vintage.dataset) vintage \(vintage.id) (\(vintage.release), sha256 "
                    + "\(vintage.sha256.prefix(12))…); nothing changed\n"
            )
        case .rejected(let diagnostics):
            throw CommandError(
                diagnostics.map(\.description).joined(separator: "\n") + "\n\(diagnostics.count) problem(s) in \(file); nothing was imported")
        }
    }
}
