import PartnershipCore
import PublishedStatistics
import Reporting

/// A region's early warning at a quarter end: every participating LA's forecast for the next two
/// quarter ends on the region's count basis, from the quarters up to that one only.
public struct DispersalOutlook: Sendable {
    public let position: DispersalPosition
    public let line: OutlookMethod.Line
    public let forecasts: [LAForecast]

    public init(position: DispersalPosition, line: OutlookMethod.Line = .limit, method: DampedTrend = OutlookMethod.tuned) {
        precondition(position.reach != .quarter, "an outlook needs the quarter ends before its snapshot: read the position with .earlyWarning")
        self.position = position
        self.line = line
        let days = position.snapshots
        let assessment = position.assessment()
        forecasts = assessment.participating.compactMap { la in
            let series = days.map { position.counts[$0]?[la.code] ?? 0 }
            return LAForecast.make(
                code: la.code, name: la.name, series: series, ending: position.snapshot, line: line.value(limit: la.limit), method: method)
        }
    }

    /// LAs below the line now that may be at or over it within two quarters.
    public var flagged: [LAForecast] { forecasts.filter { $0.count < $0.line && $0.chanceOver >= OutlookMethod.threshold } }

    public var section: ReportSection {
        let source = position.figures.source
        let rows: [[ReportCell]] = forecasts.map { forecast in
            let state =
                forecast.count >= forecast.line
                ? "at or over now" : forecast.chanceOver >= OutlookMethod.threshold ? "MAY CROSS within 2 quarters" : "not expected to cross"
            return [
                .text(forecast.name), .text(forecast.code.rawValue), ReportCell(.count(forecast.count), source: source, asOf: position.snapshot),
                .count(forecast.line),
            ]
                + forecast.steps.flatMap { step -> [ReportCell] in
                    [
                        .count(Int(step.expected.rounded())),
                        .text("\(Int(step.low.rounded()))-\(Int(step.high.rounded()))"),
                        .percentage(step.chanceOver * 100, places: 0),
                    ]
                } + [.text(state), .text(forecast.reason)]
        }
        let ends = forecasts.first?.steps.map(\.quarterEnd.description) ?? ["next quarter", "the one after"]
        let lineName = line == .limit ? "limit" : "90% of limit"
        return ReportSection(
            title: "\(position.region.name): outlook from \(position.snapshot) (\(lineName))",
            columns: [.init("LA"), .init("code"), .init("count now", .right), .init(lineName, .right)]
                + ends.flatMap { [.init("expected \($0)", .right), .init("80% range", .right), .init("chance at/over", .right)] }
                + [.init("outlook"), .init("why")],
            rows: rows,
            notes: [
                "Method: damped-trend exponential smoothing per LA (alpha \(OutlookMethod.tuned.alpha), beta \(OutlookMethod.tuned.beta), "
                    + "phi \(OutlookMethod.tuned.phi); chosen on quarters up to 2019, 'smp bench outlook' scores it on 2020-2024 beside the "
                    + "naive rule); the range and chance come from the LA's own past forecast errors. Flagged when the chance of being at or "
                    + "over the line at either quarter end is at least \(Int(OutlookMethod.threshold * 100))%.",
                "Data: \(source), quarters up to \(position.snapshot) only; count basis \(position.settings.countBasis.label). Past quarters "
                    + "are as this release gives them: later revisions are in them, releases published at the time are not kept.",
                "A forecast, not a count: it is a prompt to look at the LA, not a verdict.",
            ])
    }
}
