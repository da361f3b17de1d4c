import Foundation
import PartnershipCore

/// One LA's outlook: the expected count at each of the next quarter ends, an 80% interval, the
/// chance of being at or over the line (the cluster limit, or 90% of it), and why, in one sentence.
public struct LAForecast: Sendable, Hashable {
    public struct Step: Sendable, Hashable {
        public let quarterEnd: Day
        public let expected: Double
        public let low: Double
        public let high: Double
        /// The chance of being at or over the line at that quarter end (0-1).
        public let chanceOver: Double
    }

    public let code: ONSCode
    public let name: String
    public let count: Int
    public let line: Int
    public let steps: [Step]
    public let reason: String

    /// The chance of being at or over the line at one of the quarter ends ahead (the larger of them).
    public var chanceOver: Double { steps.map(\.chanceOver).max() ?? 0 }

    /// The method's outlook for a series ending at `last` (counts per quarter end, oldest first),
    /// against `line`; nil with fewer than four quarters.
    public static func make(
        code: ONSCode, name: String, series: [Int], ending last: Day, line: Int, method: DampedTrend, horizon: Int = 2
    ) -> LAForecast? {
        let projections = method.project(series, line: line, horizon: horizon)
        guard !projections.isEmpty else { return nil }
        var steps: [Step] = []
        var quarter = Quarter(containing: last)
        for projection in projections {
            quarter = Quarter(containing: quarter.endDay.adding(days: 1))
            let (expected, spread) = (projection.expected, projection.spread)
            steps.append(
                Step(
                    quarterEnd: quarter.endDay, expected: expected, low: max(0, expected - 1.2816 * spread), high: expected + 1.2816 * spread,
                    chanceOver: projection.chanceOver))
        }
        return LAForecast(
            code: code, name: name, count: series.last ?? 0, line: line, steps: steps, reason: reason(series, line: line))
    }

    /// "up 9% a quarter for four quarters; 41 places of headroom"
    static func reason(_ series: [Int], line: Int) -> String {
        let now = series.last ?? 0
        let room = line - now
        let place = room >= 0 ? "\(room) place\(room == 1 ? "" : "s") of headroom" : "\(-room) over the line"
        guard series.count >= 5, series[series.count - 5] > 0 else {
            return "\(series.count >= 5 ? "none placed a year ago" : "under five quarters of history"); \(place)"
        }
        let change = pow(Double(now) / Double(series[series.count - 5]), 0.25) - 1
        let percent = Int((abs(change) * 100).rounded())
        let trend = percent == 0 ? "flat for four quarters" : "\(change > 0 ? "up" : "down") \(percent)% a quarter for four quarters"
        return "\(trend); \(place)"
    }
}
