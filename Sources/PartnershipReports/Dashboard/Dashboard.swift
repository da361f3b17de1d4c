import Logging
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// A region's headline indicators for every programme that is on, each over the last eight
/// quarter ends: the board's first page.
public enum Dashboard {
    /// The last `count` quarter ends on or before `day`, oldest first.
    public static func quarterEnds(endingOnOrBefore day: Day, count: Int) -> [Day] {
        var quarter = Quarter(containing: day)
        if quarter.endDay > day { quarter = Quarter(containing: quarter.firstDay.adding(days: -1)) }
        var ends: [Day] = []
        for _ in 0..<count {
            ends.insert(quarter.endDay, at: 0)
            quarter = Quarter(containing: quarter.firstDay.adding(days: -1))
        }
        return ends
    }

    public static func build(
        region: Region, on day: Day, quarters: Int = 8, registry: PlatformRegistry, store: any SQLStore, logger: Logger
    ) async throws -> Report {
        let ends = quarterEnds(endingOnOrBefore: day, count: quarters)
        let published = PublishedData(store: store)
        let switches = try await ProgrammeSwitchboard(store: store).switches(for: region)
        var sections: [ReportSection] = []
        var off: [String] = []
        for plugin in registry.plugins {
            guard switches.isEnabled(plugin.id, on: day) else {
                off.append("\(plugin.id) (\(switches.offReason(plugin.id, on: day)))")
                continue
            }
            var series: [IndicatorValues] = []
            for end in ends {
                series.append(
                    try await registry.evaluate(
                        plugin, region: region, on: end, store: store, published: published, switches: switches, logger: logger))
            }
            var sources: [String] = []
            let rows = plugin.indicators.map { definition -> [ReportCell] in
                if let latest = series.last?[definition.id], let source = latest.source {
                    sources.append("\(definition.id): \(source)")
                }
                return [.text(definition.title)] + series.map { IndicatorSection.cell($0[definition.id], definition: definition, owner: region.id) }
            }
            sections.append(
                ReportSection(
                    title: plugin.title, columns: [.init("indicator")] + ends.map { .init($0.description, .right) }, rows: rows,
                    notes: sources + ["Each column is the indicator evaluated at that quarter end, from the latest release imported."],
                    rowCharts: ends.map(\.description)))
        }
        return Report(
            title: "\(region.name): dashboard, \(ends.first!) to \(ends.last!)", sections: sections,
            notes: (off.isEmpty ? [] : ["Switched off: \(off.joined(separator: "; "))."]) + ["'–' = no figure for that quarter."])
    }
}
