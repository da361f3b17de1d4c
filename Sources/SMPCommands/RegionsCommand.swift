import ArgumentParser
import CommandLineKit
import PartnershipCore
import RegionModules
import Reporting

/// `smp regions`: one row per region module.
struct RegionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "regions", abstract: "List the region modules: LAs, population, programmes on.")

    @OptionGroup var regions: RegionsOption
    @OptionGroup var output: FormatOption

    struct Row: Encodable {
        let id: String
        let name: String
        let shortName: String
        let onsRegionCode: String?
        let localAuthorities: Int
        let lowerTierLocalAuthorities: Int
        let population: Int
        let childPopulation: Int
        let populationVintages: [String]
        let programmesOn: [String]
        let status: String
    }

    func run() async throws {
        let catalog = try Console.catalog(regions)
        let rows = catalog.regions.map { region in
            Row(
                id: region.id, name: region.name, shortName: region.shortName, onsRegionCode: region.onsRegionCode?.rawValue,
                localAuthorities: region.localAuthorities.count, lowerTierLocalAuthorities: region.lowerTier.count,
                population: region.population, childPopulation: region.childPopulation,
                populationVintages: region.populationVintages, programmesOn: region.enabledProgrammes.map(\.rawValue), status: region.status.rawValue)
        }
        let vintages = Set(rows.flatMap(\.populationVintages)).sorted().joined(separator: "; ")
        let note = "Population: sum over lower-tier LAs; \(vintages) (ONS mid-2019 estimates, April 2019 codes)."
        if output.format == .json {
            struct Payload: Encodable { let regions: [Row]; let populationSource: String }
            Console.out(try JSONOutput.encode(Payload(regions: rows, populationSource: note)))
            return
        }
        let table = ReportSection(
            columns: [.init("id"), .init("name"), .init("status"), .init("LAs", .right), .init("population", .right), .init("programmes on")],
            rows: rows.map {
                [
                    .text($0.id), .text($0.shortName), .text($0.status), .count($0.localAuthorities), .count($0.population),
                    .text($0.programmesOn.joined(separator: " ")),
                ]
            },
            notes: [note])
        try output.emit(table)
    }
}
