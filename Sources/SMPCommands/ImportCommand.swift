import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipStore
import ProgrammeKit
import PublishedStatistics

/// `smp import DATASET FILE…` and `smp import --bundled`: load Home Office and ONS tables as new
/// vintages, each file all or nothing. The datasets are those the registry's programmes read.
struct ImportCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        let datasets = CommandContext.current?.registry.platform.datasets ?? []
        return CommandConfiguration(
            commandName: "import",
            abstract: "Import published Home Office and ONS tables (each file all or nothing, as a new vintage).",
            discussion: "Datasets:\n" + datasets.map { "  \($0.id): \($0.abstract)" }.joined(separator: "\n")
                + "\n\nA file may be the CSV the Home Office publishes or its .xlsx/.ods workbook: the data sheet "
                + "is found by its header row.\n\nWith --bundled, loads every table shipped with the project (see Sources/PublishedStatistics/Resources/data/PROVENANCE.md)."
        )
    }

    @Argument(help: "The dataset (see the list below), then one or more files.") var dataset: String?
    @Argument(help: "The file(s) to import.") var files: [String] = []
    @Option(name: .long, help: "Release name to record (default: from the file).") var release: String?
    @Flag(name: .long, help: "Import every Home Office and ONS table shipped with the project.") var bundled = false
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        if bundled {
            guard dataset == nil else { throw ValidationError("--bundled takes no dataset or file") }
            try await database.loading { try await ImportReport.bundled(into: $0) }
            return
        }
        let datasets = try Console.registry().platform.datasets
        guard let name = dataset else { throw CleanExit.helpRequest(self) }
        guard let chosen = datasets.first(where: { $0.id == name }) else {
            throw ValidationError("unknown dataset '\(name)'; the datasets are \(datasets.map(\.id).joined(separator: ", "))")
        }
        guard !files.isEmpty else { throw ValidationError("give the \(chosen.id) file(s) to import") }
        var failures: [String] = []
        for file in files {
            do { try await ImportReport.run(file, as: chosen, release: release, into: database) } catch let error as CommandError {
                failures.append(error.message)
            }
        }
        if !failures.isEmpty { throw CommandError(failures.joined(separator: "\n")) }
    }
}
