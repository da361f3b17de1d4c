import ArgumentParser
import Foundation
import PublishedStatistics

/// `smp import …`: load a Home Office or ONS table as a new vintage, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import published Home Office and ONS tables (each file all or nothing, as a new vintage).",
        discussion: "With --bundled, loads every table shipped with the project (see Sources/PublishedStatistics/Resources/data/PROVENANCE.md).",
        subcommands: [AsylumSupport.self, Resettlement.self, NTS.self, NRM.self, Population.self])

    @Flag(name: .long, help: "Import every Home Office and ONS table shipped with the project.") var bundled = false
    @OptionGroup var database: DatabaseOption

    func run() throws {
        guard bundled else { throw CleanExit.helpRequest(self) }
        try ImportReport.bundled(into: try database.open())
    }

    struct AsylumSupport: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "asylum-support", abstract: "Home Office Asy_D11: people on asylum support by LA and quarter.")
        @Argument(help: "The Asy_D11 CSV file.") var file: String
        @Option(name: .long, help: "Release name to record (default: Asy_D11 to <latest quarter>).") var release: String?
        @OptionGroup var database: DatabaseOption

        func run() throws { try ImportReport.run(file, as: AsylumSupportTable(), release: release, into: database) }
    }

    struct Resettlement: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resettlement", abstract: "Home Office Res_D01: resettlement arrivals by LA, scheme and quarter.")
        @Argument(help: "The Res_D01 CSV file.") var file: String
        @Option(name: .long, help: "Release name to record.") var release: String?
        @OptionGroup var database: DatabaseOption

        func run() throws { try ImportReport.run(file, as: ResettlementTable(), release: release, into: database) }
    }

    struct NTS: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "nts", abstract: "Home Office NTS_01: UASC transfers in and out by LA per quarter (names matched to codes).")
        @Argument(help: "The NTS_01 CSV file.") var file: String
        @Option(name: .long, help: "Release name to record.") var release: String?
        @OptionGroup var database: DatabaseOption

        func run() throws { try ImportReport.run(file, as: NTSTable(), release: release, into: database) }
    }

    struct NRM: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "nrm", abstract: "Home Office NRM tables: referrals and reasonable/conclusive grounds decisions (each file recognised by its columns).")
        @Argument(help: "One or more NRM CSV files.") var files: [String]
        @OptionGroup var database: DatabaseOption

        func run() throws {
            var failed = false
            for file in files {
                let header = PublishedHeader.read(URL(fileURLWithPath: file))
                guard let table = NRMSchema.tables.first(where: { $0.recognises(header: header) }) else {
                    Console.err("\(file):1: error: not an NRM table this version knows: expected the columns of the referrals, reasonable-grounds, conclusive-grounds or first-responder tables; nothing was imported from it")
                    failed = true
                    continue
                }
                do { try ImportReport.run(file, as: table, release: nil, into: database) } catch { failed = true }
            }
            if failed { throw ExitCode(1) }
        }
    }

    struct Population: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "population", abstract: "ONS mid-year estimates by single year of age (lower- or upper-tier LAs).")
        @Argument(help: "The ONS single-year-of-age CSV (ltlaYY_code… or utlaYY_code… columns).") var file: String
        @Option(name: .long, help: "Release name to record.") var release: String?
        @OptionGroup var database: DatabaseOption

        func run() throws {
            guard let table = PopulationTable.recognising(header: PublishedHeader.read(URL(fileURLWithPath: file))) else {
                Console.err("\(file):1: error: not an ONS single-year-of-age file: expected ltlaYY_code or utlaYY_code, the name, total_population, 0 … 89, 90+")
                throw ExitCode(1)
            }
            try ImportReport.run(file, as: table, release: release, into: database)
        }
    }
}
