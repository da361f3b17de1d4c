import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore

/// `smp nrpf`: households with no recourse to public funds supported by the region's LAs.
struct NRPFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nrpf", abstract: "NRPF cases: caseload, costs by financial year, closure alerts (pseudonymous references only).",
        subcommands: [
            CaseCommand.self, StatusChangeCommand.self, CloseCommand.self, RegionCommand.self, CostsCommand.self, AlertsCommand.self,
            SyntheticCommand.self,
        ])
}

/// What every NRPF command takes.
struct NRPFOptions: ParsableArguments {
    @Option(name: .long, help: "Region module id (e.g. east-midlands).") var region: String
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
}

/// The region, its cases and the store, loaded once per command.
struct NRPFContext {
    let region: Region
    let store: any SQLStore
    let records: NRPFRecords
    let programme = NRPFProgramme()

    /// The module named by `--region`: loaded before the store, so a missing file is refused before anything is opened.
    static func region(_ options: NRPFOptions) throws -> Region { try Console.region(options.region, options.regions) }

    init(_ options: NRPFOptions, region loaded: Region? = nil) async throws {
        region = try loaded ?? Self.region(options)
        store = try await options.database.open()
        records = NRPFRecords(store: store, region: region.id)
    }

    func name(_ code: ONSCode) -> String { region.localAuthority(code)?.name ?? code.rawValue }

    func longCaseDays(on day: Day) -> Int {
        programme.resolvedSettings(for: region, on: day).integer(NRPFProgramme.longCaseDays) ?? 1_000
    }

    /// Fails, naming who switched NRPF off and why, unless it is on for the region today.
    func requireOpen() async throws {
        try await ProgrammeGate.require(
            programme.id, for: region, on: DayArgument.today(), store: store, purpose: "no new NRPF records are taken for it; nothing was changed")
    }

    /// The recorded case with this reference, or exit 1 saying how to list them.
    func recorded(_ reference: String) async throws -> NRPFCase {
        guard let found = try await records.cases().first(where: { $0.reference.rawValue == reference }) else {
            throw CommandError("no NRPF case '\(reference)' is recorded for \(region.id); 'smp nrpf case list --region \(region.id)' lists them")
        }
        return found
    }

}
