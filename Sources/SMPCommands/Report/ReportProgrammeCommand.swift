import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
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
        let switches = try await ProgrammeSwitchboard(store: store).switches(for: module)
        var sections: [ReportSection] = []
        for plugin in plugins {
            guard switches.isEnabled(plugin.id, on: day) else {
                sections.append(
                    ReportSection(
                        title: plugin.title, columns: [.init("programme"), .init("state")], rows: [[.text(plugin.id.rawValue), .off]],
                        notes: [switches.offReason(plugin.id, on: day)]))
                continue
            }
            sections += try await plugin.reportSections(registry.context(plugin, region: module, on: day, store: store, logger: Console.logger))
        }
        let report = Report(
            title: "\(module.name): report as of \(day)", sections: sections, notes: ["'off' = programme switched off for the region."])
        try output.emit(report.suppressingSmallCounts(for: .region(module.id)))
    }
}
