import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipReports
import RegionModules

/// `smp report due [--region ID]`: what each partnership owes when, and what is overdue.
struct ReportDueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "due", abstract: "What is due when, and what is overdue.")
    @Option(name: .long, help: "Only this region (default: every active module).") var region: String?
    @Option(name: .customLong("as-of"), help: "Day to judge on (default today).") var asOf: Day?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let chosen = try region.map { [try ReportRegion.active($0, regions)] } ?? (try Console.catalog(regions).activeRegions)
        let section = try await ReportingCalendar(store: try await database.openWithData()).section(regions: chosen, on: asOf ?? DayArgument.today())
        try output.emit(section)
    }
}
