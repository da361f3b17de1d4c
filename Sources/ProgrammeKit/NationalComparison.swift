import Logging
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import Reporting

/// Every area on every indicator of the given programmes, as one report section: the values are
/// each programme's own evaluation (the same code its commands use). Each figure cites its own
/// source and data date; an area without a module gets only what published data can give it, and
/// says why the rest is blank. Suppression is left to the caller, by audience.
public enum NationalComparison {
    public static func build(
        plugins: [any ProgrammePlugin], regions: [Region], indicators: Set<String>? = nil, on day: Day, registry: PlatformRegistry,
        store: any SQLStore, logger: Logger, title: String
    ) async throws -> Report {
        let published = PublishedData(store: store)
        var switches: [String: ProgrammeSwitches] = [:]
        for region in regions { switches[region.id] = try await ProgrammeSwitchboard(store: store).switches(for: region) }
        var rows: [[ReportCell]] = [
            [.text("coverage"), .text("What the column is")]
                + regions.map { .text($0.coverage.isModule ? "SMP module" : "no module") }
        ]
        for plugin in plugins {
            let definitions = plugin.indicators.filter { indicators?.contains($0.id) ?? true }
            guard !definitions.isEmpty else { continue }
            var values: [IndicatorValues] = []
            for region in regions {
                values.append(
                    try await registry.evaluate(
                        plugin, region: region, on: day, store: store, published: published, switches: switches[region.id], logger: logger))
            }
            for definition in definitions {
                let cells = regions.indices.map { index -> ReportCell in
                    if let reason = regions[index].coverage.blankReason(for: definition.origin) { return .noData(reason) }
                    return IndicatorSection.cell(values[index][definition.id], definition: definition, owner: regions[index].id)
                }
                rows.append([.text(definition.id), .text(definition.title)] + cells)
            }
        }
        let section = ReportSection(
            title: nil, columns: [.init("indicator"), .init("title")] + regions.map { .init($0.id, .right) }, rows: rows, citesCells: true,
            rowCharts: regions.filter { $0.id != NationalAreas.unitedKingdomID }.map(\.id))
        var notes = [
            "Evaluated on \(day): each figure's footnote gives its source and the date its data refers to; 'off' = programme switched off "
                + "for the region; '–' = no figure (the footnote says why)."
        ]
        let unmodelled = regions.filter { !$0.coverage.isModule }.map(\.id)
        if !unmodelled.isEmpty {
            notes.append(
                "No module (computed from the Home Office and ONS data alone; local records, targets and plans are blank): "
                    + unmodelled.joined(separator: ", ") + ".")
        }
        return Report(title: title, sections: [section], notes: notes)
    }
}
