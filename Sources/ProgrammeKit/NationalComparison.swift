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
    /// `published` is the store's, with what `readAhead` began; a fresh one when nil.
    public static func build(
        plugins: [any ProgrammePlugin], regions: [Region], indicators: Set<String>? = nil, shareOf whole: String? = nil, on day: Day,
        registry: PlatformRegistry, store: any SQLStore, published: PublishedData? = nil, logger: Logger, title: String
    ) async throws -> Report {
        let published = published ?? PublishedData(store: store)
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

    /// Starts each programme reading what its areas will share on `day` (`ProgrammePlugin.readAhead`)
    /// and returns at once, so the readings overlap whatever the caller does before `build` (loading
    /// the region modules); `build` with the same `published` then finds them read or under way.
    public static func readAhead(plugins: [any ProgrammePlugin], on day: Day, published: PublishedData) {
        for plugin in plugins {
            published.memo.start("read-ahead \(plugin.id) \(day)") { try await plugin.readAhead(on: day, published: published) }
        }
    }

    /// One programme's rows: each chosen indicator across the regions, its share of the whole,
    /// and the partnerships' own figures for it.
    static func rows(
        _ plugin: any ProgrammePlugin, regions: [Region], indicators: Set<String>?, shareOf whole: String?, on day: Day, registry: PlatformRegistry,
        store: any SQLStore, published: PublishedData, switches: [String: ProgrammeSwitches], logger: Logger
    ) async throws -> [[ReportCell]] {
        let definitions = plugin.indicators.filter { indicators?.contains($0.id) ?? true }
        guard !definitions.isEmpty else { return [] }
        // The figures of their own the partnerships compare with these indicators, each to be
        // checked against the platform's figure for its own day.
        let own = regions.indices.map { index in
            definitions.map { definition in
                regions[index].coverage.isModule ? regions[index].baseline.last(where: { $0.indicator == definition.id }) : nil
            }
        }
        // Every evaluation the rows need, the day's and the own figures' days, side by side, each
        // (area, day) once; what they share (a release, the early warning's window) is read once,
        // by the first to ask (`QueryMemo`).
        let asked = regions.indices.flatMap { index in
            [EvaluationKey(region: index, day: day)] + own[index].compactMap { $0.map { EvaluationKey(region: index, day: $0.asOf) } }
        }
        let values = try await withThrowingTaskGroup(of: (EvaluationKey, IndicatorValues).self) { group in
            for key in Set(asked) {
                group.addTask {
                    let region = regions[key.region]
                    let values = try await registry.evaluate(
                        plugin, region: region, on: key.day, store: store, published: published, switches: switches[region.id], logger: logger)
                    return (key, values)
                }
            }
            var byKey: [EvaluationKey: IndicatorValues] = [:]
            for try await (key, values) in group { byKey[key] = values }
            return byKey
        }
        var rows: [[ReportCell]] = []
        for (position, definition) in definitions.enumerated() {
            let cells = regions.indices.map { index -> ReportCell in
                if let reason = regions[index].coverage.blankReason(for: definition.origin) { return .noData(reason) }
                return IndicatorSection.cell(
                    values[EvaluationKey(region: index, day: day)]?[definition.id], definition: definition, owner: regions[index].id)
            }
            rows.append([.text(definition.id), .text(definition.title)] + cells)
            if let whole, let share = shareRow(definition, cells: cells, regions: regions, whole: whole) { rows.append(share) }
            let figures = regions.indices.map { index in
                own[index][position].map { figure in (figure, values[EvaluationKey(region: index, day: figure.asOf)] ?? IndicatorValues()) }
            }
            if let row = ownFigures(definition, figures: figures) { rows.append(row) }
        }
        return rows
    }

    /// One evaluation a programme's rows need: an area (by position) on a day.
    struct EvaluationKey: Hashable, Sendable {
        let region: Int
        let day: Day
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
    /// figures marked `compare-with:` the indicator), one per area or nil, each beside the
    /// platform's figures for the same day and flagged where they differ; nil when no area has one.
    static func ownFigures(_ definition: IndicatorDefinition, figures: [(figure: BaselineFigure, platform: IndicatorValues)?]) -> [ReportCell]? {
        guard figures.contains(where: { $0 != nil }) else { return nil }
        let cells = figures.map { entry -> ReportCell in
            guard let (figure, platform) = entry else { return .noData("no figure of its own recorded for this measure") }
            var check = "the platform has no figure for \(figure.asOf)"
            if case .value(let number)? = platform[definition.id]?.state {
                let places = definition.unit == .people || definition.unit == .count ? 0 : 2
                check =
                    abs(number - figure.value) < 0.005
                    ? "the platform's figure for \(figure.asOf) is the same"
                    : "DIFFERS: the platform's figure for \(figure.asOf) is \(NumberFormat.decimal(number, places: places))"
            }
            let value: ReportCell.Value =
                definition.unit == .people || definition.unit == .count ? .count(Int(figure.value)) : .rate(figure.value, places: 2)
            return ReportCell(value, source: "\(figure.label) (\(figure.source), the partnership's own figure)", asOf: figure.asOf, period: check)
        }
        return [.text("\(definition.id) (own)"), .text("The partnership's own published figure for: \(definition.title)")] + cells
    }
}
