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
        plugins: [any ProgrammePlugin], regions: [Region], indicators: Set<String>? = nil, shareOf whole: String? = nil, on day: Day,
        registry: PlatformRegistry, store: any SQLStore, logger: Logger, title: String
    ) async throws -> Report {
        let published = PublishedData(store: store)
        let switches = try await ProgrammeSwitchboard(store: store).switches(for: regions)
        var rows: [[ReportCell]] = [
            [.text("coverage"), .text("What the column is")]
                + regions.map { .text($0.coverage.label) }
        ]
        // Each programme's rows are evaluated beside the others' (the store reads in parallel
        // while another caller holds its writing connection), then laid out in registry order.
        let evaluated = try await withThrowingTaskGroup(of: (Int, [[ReportCell]]).self) { group in
            for (index, plugin) in plugins.enumerated() {
                group.addTask {
                    let rows = try await Self.rows(
                        plugin, regions: regions, indicators: indicators, shareOf: whole, on: day, registry: registry, store: store,
                        published: published, switches: switches, logger: logger)
                    return (index, rows)
                }
            }
            var byPlugin = [[[ReportCell]]](repeating: [], count: plugins.count)
            for try await (index, rows) in group { byPlugin[index] = rows }
            return byPlugin
        }
        rows += evaluated.flatMap { $0 }
        let section = ReportSection(
            title: nil, columns: [.init("indicator"), .init("title")] + regions.map { .init($0.id, .right) }, rows: rows, citesCells: true,
            rowCharts: regions.filter { $0.id != NationalAreas.unitedKingdomID }.map(\.id))
        var notes = [
            "Evaluated on \(day): each figure's footnote gives its source and the date its data refers to; 'off' = programme switched off "
                + "for the region; '–' = no figure (the footnote says why)."
        ]
        let unmodelled = regions.filter { if case .publishedData = $0.coverage { true } else { false } }.map(\.id)
        if !unmodelled.isEmpty {
            notes.append(
                "No module (computed from the Home Office and ONS data alone; local records, targets and plans are blank): "
                    + unmodelled.joined(separator: ", ") + ".")
        }
        return Report(title: title, sections: [section], notes: notes)
    }

    /// One programme's rows: each chosen indicator across the regions, its share of the whole,
    /// and the partnerships' own figures for it.
    static func rows(
        _ plugin: any ProgrammePlugin, regions: [Region], indicators: Set<String>?, shareOf whole: String?, on day: Day, registry: PlatformRegistry,
        store: any SQLStore, published: PublishedData, switches: [String: ProgrammeSwitches], logger: Logger
    ) async throws -> [[ReportCell]] {
        let definitions = plugin.indicators.filter { indicators?.contains($0.id) ?? true }
        guard !definitions.isEmpty else { return [] }
        var rows: [[ReportCell]] = []
        // The areas side by side too: what they share (a release, the early warning's window) is
        // read once, by the first to ask (`QueryMemo`).
        let values = try await withThrowingTaskGroup(of: (Int, IndicatorValues).self) { group in
            for (index, region) in regions.enumerated() {
                group.addTask {
                    let values = try await registry.evaluate(
                        plugin, region: region, on: day, store: store, published: published, switches: switches[region.id], logger: logger)
                    return (index, values)
                }
            }
            var byRegion = [IndicatorValues](repeating: IndicatorValues(), count: regions.count)
            for try await (index, values) in group { byRegion[index] = values }
            return byRegion
        }
        for definition in definitions {
            let cells = regions.indices.map { index -> ReportCell in
                if let reason = regions[index].coverage.blankReason(for: definition.origin) { return .noData(reason) }
                return IndicatorSection.cell(values[index][definition.id], definition: definition, owner: regions[index].id)
            }
            rows.append([.text(definition.id), .text(definition.title)] + cells)
            if let whole, let share = shareRow(definition, cells: cells, regions: regions, whole: whole) { rows.append(share) }
            if let own = try await ownFigures(
                definition, plugin: plugin, regions: regions, registry: registry, store: store, published: published, switches: switches,
                logger: logger)
            {
                rows.append(own)
            }
        }
        return rows
    }

    /// Each column's count as a share of the `whole` column's (a sub-region's share of its
    /// region), for counts from published data; nil for anything else.
    static func shareRow(_ definition: IndicatorDefinition, cells: [ReportCell], regions: [Region], whole: String) -> [ReportCell]? {
        guard definition.unit == .people, [.published, .publishedAndPopulation].contains(definition.origin),
            let index = regions.firstIndex(where: { $0.id == whole }), let total = cells[index].numericValue
        else { return nil }
        let shares = cells.map { cell -> ReportCell in
            guard let part = cell.numericValue else { return .noData("no count to take a share of") }
            guard total > 0 else { return .noData("the \(whole) total is 0") }
            return ReportCell(
                .percentage(Double(part) / Double(total) * 100, places: 1), source: "share of the \(whole) total; " + (cell.source ?? ""),
                asOf: cell.asOf)
        }
        return [.text("\(definition.id) share"), .text("\(definition.title): share of \(whole) (%)")] + shares
    }

    /// The partnerships' own published figures for what looks like the same measure (baseline
    /// figures marked `compare-with:` the indicator), each beside the platform's figure for the same
    /// day and flagged where they differ; nil when no region has one.
    static func ownFigures(
        _ definition: IndicatorDefinition, plugin: any ProgrammePlugin, regions: [Region], registry: PlatformRegistry, store: any SQLStore,
        published: PublishedData, switches: [String: ProgrammeSwitches], logger: Logger
    ) async throws -> [ReportCell]? {
        var cells: [ReportCell] = []
        var any = false
        for region in regions {
            guard region.coverage.isModule, let figure = region.baseline.last(where: { $0.indicator == definition.id }) else {
                cells.append(.noData("no figure of its own recorded for this measure"))
                continue
            }
            any = true
            let values = try await registry.evaluate(
                plugin, region: region, on: figure.asOf, store: store, published: published, switches: switches[region.id], logger: logger)
            var check = "the platform has no figure for \(figure.asOf)"
            if case .value(let number)? = values[definition.id]?.state {
                let places = definition.unit == .people || definition.unit == .count ? 0 : 2
                check =
                    abs(number - figure.value) < 0.005
                    ? "the platform's figure for \(figure.asOf) is the same"
                    : "DIFFERS: the platform's figure for \(figure.asOf) is \(NumberFormat.decimal(number, places: places))"
            }
            let value: ReportCell.Value =
                definition.unit == .people || definition.unit == .count ? .count(Int(figure.value)) : .rate(figure.value, places: 2)
            cells.append(
                ReportCell(value, source: "\(figure.label) (\(figure.source), the partnership's own figure)", asOf: figure.asOf, period: check))
        }
        guard any else { return nil }
        return [.text("\(definition.id) (own)"), .text("The partnership's own published figure for: \(definition.title)")] + cells
    }
}
