import ArgumentParser
import CommandLineKit
import PartnershipStore
import ProgrammeKit
import Reporting

/// `smp db migrate` and `smp db vintages`: the store's schema and its import ledger.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "db", abstract: "Manage the store.", subcommands: [Migrate.self, Vintages.self])

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply pending migrations (also done on first use) and list those applied.")
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let store = try await database.open()
            let applied = try await try Console.registry().platform.schema().appliedMigrations(store)
            Console.out("\(store.location) (\(store.dialect.rawValue)): \(applied.count) migrations applied\n" + applied.map { "  \($0)\n" }.joined())
        }
    }

    struct Vintages: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every imported release: dataset, file, sha256, publisher, rows.")
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
}
