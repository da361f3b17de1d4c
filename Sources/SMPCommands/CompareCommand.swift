import ArgumentParser
import CommandLineKit
import PartnershipCore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import Reporting

/// `smp compare`: every region on the same indicators, side by side, each value with its source
/// and as-of date. Counts of people from local records are shown as `<5` (1-4) outside the region
/// that owns them.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "The national comparison: every region on the same indicators, with sources and as-of dates.")
    @Option(name: .long, help: "Only this programme's indicators (e.g. vprs).") var programme: ProgrammeID?
    @Option(name: .customLong("as-of"), help: "Day to evaluate (YYYY-MM-DD; default today).") var asOf: Day?
    @Option(name: .long, help: "The region looking (sees its own small counts); default: the national view.") var viewer: String?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let registry = try Console.registry().platform
        let catalog = try Console.catalog(regions)
        let plugins = try ProgrammeChoice.plugins(programme, in: registry)
        if let viewer { _ = try Console.region(viewer, in: catalog) }
        let day = asOf ?? DayArgument.today()
        let report = try await NationalComparison.build(
            plugins: plugins, regions: catalog.activeRegions, on: day, registry: registry, store: try database.openWithData(), logger: Console.logger,
            title: "National comparison\(programme.map { ": \($0)" } ?? "")")
        let audience: Audience = viewer.map { .region($0) } ?? .national
        let drafts = catalog.regions.filter { $0.status == .draft }.map(\.id)
        let notes =
            (drafts.isEmpty ? [] : ["Draft modules left out until made active (status: active): \(drafts.joined(separator: ", "))."]) + [
                "Counts of people from local records are shown as <5 when 1-4 outside the owning region (viewer: \(audience))."
            ]
        try output.emit(Report(title: report.title, sections: report.sections, notes: report.notes + notes).suppressingSmallCounts(for: audience))
    }
}
