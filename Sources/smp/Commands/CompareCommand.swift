import ArgumentParser
import Composition
import PartnershipCore
import PublishedStatistics
import Reporting

/// `smp compare`: every region on the same indicators, side by side, each value with its source
/// and as-of date. Counts of people from local records are shown as `<5` (1-4) outside the region
/// that owns them.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "The national comparison: every region on the same indicators, with sources and as-of dates.")
    @Option(name: .long, help: "Only this programme's indicators (e.g. vprs).") var programme: String?
    @Option(name: .customLong("as-of"), help: "Day to evaluate (YYYY-MM-DD; default today).") var asOf: String?
    @Option(name: .long, help: "The region looking (sees its own small counts); default: the national view.") var viewer: String?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let catalog = try Console.catalog(regions)
        let registry = ProgrammeCatalog.registry
        let programmes = try programme.map { id in
            guard let found = registry[ProgrammeID(id)] else {
                throw ValidationError("unknown programme '\(id)'; the programmes are \(registry.ids.map(\.rawValue).joined(separator: ", "))")
            }
            return [found]
        } ?? registry.programmes
        if let viewer { _ = try Console.region(viewer, in: catalog) }
        let day = try DayArgument.parse(asOf, option: "--as-of")
        let figures = StoreFigures(store: try database.openWithData())
        let all = catalog.regions
        var rows: [[String]] = []
        var sources: [String: Set<String>] = [:]
        for programme in programmes {
            let values = all.map { programme.indicators(for: $0, on: day, figures: figures) }
            for (index, indicator) in programme.indicators.enumerated() {
                let cells = all.indices.map { r -> String in
                    let value = values[r][index]
                    if let source = value.source { sources[indicator.id, default: []].insert(source + (value.asOf.map { ", as of \($0)" } ?? "")) }
                    switch value.state {
                    case .programmeOff: return "off"
                    case .noData: return "–"
                    case .value(let number):
                        let audience: SmallCount.Audience = viewer == all[r].id ? .owningRegion : .outsideRegion
                        if indicator.countsPeople, number == number.rounded(), SmallCount.isSuppressed(Int(number), for: audience) { return "<5" }
                        return indicator.unit == .percent || indicator.unit == .ratePer10000 ? NumberFormat.decimal(number) : NumberFormat.decimal(number, places: 0)
                    }
                }
                rows.append([indicator.id, indicator.title] + cells)
            }
        }
        let notes = [
            "Evaluated on \(day); 'off' = programme switched off for the region; '–' = no data for that day.",
            "Counts of people from local records are shown as <5 when 1-4 outside the owning region (viewer: \(viewer ?? "national")).",
        ] + sources.keys.sorted().map { "\($0): \(sources[$0]!.sorted().joined(separator: " | "))" }
        let table = Table(
            title: "National comparison\(programme.map { ": \($0)" } ?? "")",
            columns: [.init("indicator"), .init("title")] + all.map { .init($0.id, .right) }, rows: rows, notes: notes)
        Console.out(TableRenderer.render(table, as: output.format))
    }
}
