import Logging
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import Reporting

/// Every region on every indicator of the given programmes, as one report section: the values
/// are each programme's own evaluation (the same code its commands use), with sources gathered
/// per indicator. Suppression is left to the caller, by audience.
public enum NationalComparison {
    public static func build(
        plugins: [any ProgrammePlugin], regions: [Region], on day: Day, registry: PlatformRegistry, store: any SQLStore, logger: Logger, title: String
    ) async throws -> Report {
        let published = PublishedData(store: store)
        var switches: [String: ProgrammeSwitches] = [:]
        for region in regions { switches[region.id] = try await ProgrammeSwitchboard(store: store).switches(for: region) }
        var rows: [[ReportCell]] = []
        var sources: [String: Set<String>] = [:]
        for plugin in plugins {
            var values: [IndicatorValues] = []
            for region in regions {
                values.append(
                    try await registry.evaluate(
                        plugin, region: region, on: day, store: store, published: published, switches: switches[region.id], logger: logger))
            }
            for definition in plugin.indicators {
                let cells = regions.indices.map { index -> ReportCell in
                    let value = values[index][definition.id]
                    if let source = value?.source { sources[definition.id, default: []].insert(source + (value?.asOf.map { ", as of \($0)" } ?? "")) }
                    return IndicatorSection.cell(value, definition: definition, owner: regions[index].id)
                }
                rows.append([.text(definition.id), .text(definition.title)] + cells)
            }
        }
        let notes =
            ["Evaluated on \(day); 'off' = programme switched off for the region; '–' = no data for that day."]
            + sources.keys.sorted().map { "\($0): \(sources[$0, default: []].sorted().joined(separator: " | "))" }
        let section = ReportSection(
            title: nil, columns: [.init("indicator"), .init("title")] + regions.map { .init($0.id, .right) }, rows: rows, notes: [])
        return Report(title: title, sections: [section], notes: notes)
    }
}
