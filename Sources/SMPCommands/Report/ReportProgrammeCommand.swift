import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import PartnershipReports
import ProgrammeKit
import Reporting

/// `smp report programme [PROGRAMME] --region ID` (the default `smp report`): the region's report,
/// made of each programme's report sections (a programme switched off is shown as off, not left out).
struct ReportProgrammeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme", abstract: "A region's programme report: each programme's sections, with sources and data dates.")
    @Argument(help: "Only this programme's sections (e.g. dispersal); all when left out.") var programmeArgument: ProgrammeID?
    @Option(name: .long, help: "Region module id (e.g. north-east).") var region: String
    @Option(name: .customLong("as-of"), help: "Day to report on (YYYY-MM-DD; default today).") var asOf: Day?
    @Option(name: .customLong("programme"), help: "Only this programme's sections (same as the argument).") var programmeOption: ProgrammeID?
    var programme: ProgrammeID? { programmeArgument ?? programmeOption }
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let registry = try Console.registry().platform
        let module = try ReportRegion.active(region, regions)
        let day = asOf ?? DayArgument.today()
        let plugins = try ProgrammeChoice.plugins(programme, in: registry)
        let store = try await database.openWithData()
        let report = try await ProgrammeReport.build(
            region: module, plugins: plugins, on: day, registry: registry, store: store, logger: Console.logger)
        try output.emit(report.suppressingSmallCounts(for: .region(module.id)))
    }
}
