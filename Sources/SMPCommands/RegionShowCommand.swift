import ArgumentParser
import CommandLineKit
import PartnershipCore
import ProgrammeKit
import Reporting

/// `smp region show ID`: identity, governance, LAs by tier, programmes and settings, baseline figures.
struct RegionShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a region: identity, governance, LAs, programmes, baseline figures.")

    @Argument(help: "Region id, e.g. east-midlands.") var id: String
    @Option(name: .long, help: "Day the settings are resolved for (YYYY-MM-DD, default today).") var asOf: Day?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var output: FormatOption

    struct ProgrammeView: Encodable {
        let id: String
        let title: String
        let enabled: Bool
        let settings: [ResolvedSetting]
    }

    struct Payload: Encodable {
        let region: Region
        let population: Int
        let childPopulation: Int
        let settingsAsOf: Day
        let programmes: [ProgrammeView]
    }

    func run() async throws {
        let day = asOf ?? DayArgument.today()
        let region = try Console.region(id, regions)
        let programmes = try Console.registry().platform.programmes.programmes.map { programme in
            ProgrammeView(
                id: programme.id.rawValue, title: programme.title, enabled: region.isEnabled(programme.id),
                settings: programme.resolvedSettings(for: region, on: day).values.values.sorted { $0.key < $1.key })
        }
        switch output.format {
        case .json:
            Console.out(
                try JSONOutput.encode(
                    Payload(
                        region: region, population: region.population, childPopulation: region.childPopulation,
                        settingsAsOf: day, programmes: programmes)))
        case .csv:
            try output.emit(RegionTables.localAuthorities(region))
        case .table, .markdown, .html:
            let tables = RegionTables.all(region, programmes: programmes.map { ($0.id, $0.title, $0.enabled, $0.settings) }, sources: region.sources)
            try output.emit(Report(title: nil, sections: tables))
        }
    }
}
