import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipReports
import Reporting

/// `smp report dashboard --region ID`: every programme that is on, its headline indicators over
/// the last eight quarter ends.
struct ReportDashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "A region's headline indicators for every programme that is on, over the last eight quarters.")
    @Option(name: .long, help: "Region module id (e.g. north-east).") var region: String
    @Option(name: .customLong("as-of"), help: "The last quarter end on or before this day (default today).") var asOf: Day?
    @Option(name: .long, help: "Quarters to show (1-20, default 8).") var quarters: Int = 8
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard (1...20).contains(quarters) else { throw ValidationError("--quarters must be 1 to 20, not \(quarters)") }
    }

    func run() async throws {
        let module = try ReportRegion.active(region, regions)
        let report = try await Dashboard.build(
            region: module, on: asOf ?? DayArgument.today(), quarters: quarters, registry: try Console.registry().platform,
            store: try await database.openWithData(), logger: Console.logger)
        try output.emit(report.suppressingSmallCounts(for: .region(module.id)))
    }
}
