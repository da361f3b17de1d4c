import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// `smp db migrate` and `smp db vintages`: the store's schema and its import ledger.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Manage the store.", subcommands: [Migrate.self, Vintages.self, DropVintage.self])

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate", abstract: "Apply pending migrations (also done on first use) and list those applied.")
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let store = try await database.open()
            let applied = try await Console.registry().platform.schema().appliedMigrations(store)
            Console.out("\(store.location) (\(store.dialect.rawValue)): \(applied.count) migrations applied\n" + applied.map { "  \($0)\n" }.joined())
        }
    }

    struct Vintages: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vintages", abstract: "List every imported release: dataset, file, sha256, publisher, rows.")
        @Flag(name: .long, help: "Also list every note each import made about its file.") var detail = false
        @OptionGroup var database: DatabaseOption
        @OptionGroup var output: FormatOption

        func run() async throws {
            let ledger = ImportLedger(store: try await database.open())
            let vintages = try await ledger.all()
            if detail {
                let notes = try await ledger.notes()
                try output.emit(
                    ReportSection(
                        title: "Notes made on import", columns: [.init("vintage", .right), .init("note")],
                        rows: notes.map { [.count(Int($0.vintage)), .text($0.note)] }))
                return
            }
            if output.format == .json { Console.out(try JSONOutput.encode(vintages)); return }
            let table = ReportSection(
                columns: [
                    .init("vintage", .right), .init("dataset"), .init("release"), .init("file"), .init("publisher"), .init("rows", .right),
                    .init("sha256"), .init("imported"),
                ],
                rows: vintages.map {
                    [
                        .count(Int($0.id)), .text($0.dataset), .text($0.release), .text($0.sourceFile), .text($0.publisher), .count($0.rowCount),
                        .text(String($0.sha256.prefix(12))), .text($0.importedAt),
                    ]
                })
            try output.emit(table)
        }
    }

    struct DropVintage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drop-vintage", abstract: "Remove one imported release (its rows, notes and ledger entry), with an audit entry.")
        @Argument(help: "The vintage number ('smp db vintages' lists them).") var vintage: Int64
        @Option(name: .long, help: "Why it is removed (goes into the audit log).") var reason: String
        @Option(name: .long, help: "Who removes it.") var by: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let store = try await database.open()
            let ledger = ImportLedger(store: store)
            guard let release = try await ledger.all().first(where: { $0.id == vintage }) else {
                throw CommandError("no vintage \(vintage); 'smp db vintages' lists them")
            }
            let who = by.trimmingCharacters(in: .whitespacesAndNewlines), why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !who.isEmpty, !why.isEmpty else { throw CommandError("--by and --reason: say who removes it and why (they go into the audit log)") }
            let registry = try Console.registry().platform
            guard let dataset = registry.datasets.first(where: { set in set.tables.contains { $0.dataset == release.dataset } }) else {
                throw CommandError("vintage \(vintage) is of dataset '\(release.dataset)', which this version does not know; nothing was removed")
            }
            let tables = Array(Set(dataset.tables.filter { $0.dataset == release.dataset }.map(\.table)))
            let audit = AuditEntry.Draft(
                kind: "vintage-dropped", region: "national", subject: "\(release.dataset) vintage \(release.id)",
                before: "\(release.release) (\(release.sourceFile), sha256 \(release.sha256.prefix(12)))", after: "removed",
                effectiveFrom: release.importedAt, by: who, reason: why)
            let (rows, entry) = try await ledger.drop(release, tables: tables, audit: audit)
            Console.out(
                "Removed vintage \(release.id) (\(release.release), \(release.sourceFile)): \(rows) rows; audit entry \(entry.id). "
                    + "The file can be imported again.\n")
        }
    }
}
