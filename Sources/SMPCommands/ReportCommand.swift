import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import ProgrammeKit
import Reporting

/// `smp report --region ID`: the region's report, made of every registered programme's report
/// sections (a programme switched off is shown as off, not left out).
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "A region's report: each programme's sections, with sources and data dates.")
    @Option(name: .long, help: "Region module id (e.g. north-east).") var region: String
    @Option(name: .customLong("as-of"), help: "Day to report on (YYYY-MM-DD; default today).") var asOf: Day?
    @Option(name: .long, help: "Only this programme's sections (e.g. dispersal).") var programme: ProgrammeID?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let registry = try Console.registry().platform
        let catalog = try Console.catalog(regions)
        let module = try Console.region(region, in: catalog)
        guard module.status == .active else {
            throw CommandError(
                "\(module.id) is a draft module: it has no reports until its region.yaml says status: active (smp validate checks it first)")
        }
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
