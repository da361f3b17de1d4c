import PartnershipCore
import Reporting

/// The backtest: at every forecast origin, every English LA below the line is either flagged or
/// not, and the event is a crossing from below the line to at or over it at one of the next two
/// quarter ends. Precision = flagged LAs that crossed / flagged; recall = crossings flagged / crossings.
public struct OutlookBacktest: Sendable {
    public struct Series: Sendable {
        public let code: ONSCode
        public let limit: Int
        /// People counted at each of `days`.
        public let counts: [Int]

        public init(code: ONSCode, limit: Int, counts: [Int]) {
            self.code = code
            self.limit = limit
            self.counts = counts
        }
    }

    public struct Score: Sendable, Hashable, CustomStringConvertible {
        public var cases = 0, events = 0, flagged = 0, hits = 0
        public var precision: Double { flagged > 0 ? Double(hits) / Double(flagged) : 0 }
        public var recall: Double { events > 0 ? Double(hits) / Double(events) : 0 }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        public var description: String {
            let precisionText =
                flagged == 0 ? "precision n/a (none flagged)" : "precision \(percent(precision)) (\(hits) of \(flagged) flagged crossed)"
            let recallText = events == 0 ? "recall n/a (no crossings)" : "recall \(percent(recall)) (\(hits) of \(events) crossings)"
            return "\(precisionText), \(recallText), \(cases) LA-quarters below the line"
        }
        func percent(_ value: Double) -> String { NumberFormat.decimal(value * 100, places: 1) + "%" }
    }

    public let days: [Day]
    public let series: [Series]
    /// Quarters of history a forecast needs before its origin.
    public let minimumHistory = 8

    public init(days: [Day], series: [Series]) {
        self.days = days
        self.series = series
    }

    /// Scores a flagging rule over the origins in `from...to` whose outcomes are both observed by `outcomesBy`.
    public func score(from: Day, to: Day, outcomesBy: Day, line: OutlookMethod.Line, flags: ([Int], Int) -> Bool) -> Score {
        var score = Score()
        for index in days.indices where index >= minimumHistory - 1 && index + OutlookMethod.horizon < days.count {
            let origin = days[index]
            guard origin >= from, origin <= to, days[index + OutlookMethod.horizon] <= outcomesBy else { continue }
            for la in series {
                let mark = line.value(limit: la.limit)
                guard mark > 0, la.counts[index] < mark else { continue }
                score.cases += 1
                let crossed = (1...OutlookMethod.horizon).contains { la.counts[index + $0] >= mark }
                let flagged = flags(Array(la.counts[...index]), mark)
                if crossed { score.events += 1 }
                if flagged { score.flagged += 1 }
                if crossed && flagged { score.hits += 1 }
            }
        }
        return score
    }

    /// The method's weighted absolute error (sum of |error| / sum of counts) over its one- and
    /// two-quarter forecasts from every origin in `from...to` with outcomes by `outcomesBy`, every
    /// LA with anyone counted: how well it forecasts, on far more cases than there are crossings.
    public func forecastError(_ method: DampedTrend, from: Day, to: Day, outcomesBy: Day) -> Double {
        var errors = 0.0, total = 0.0
        for index in days.indices where index >= minimumHistory - 1 && index + OutlookMethod.horizon < days.count {
            guard days[index] >= from, days[index] <= to, days[index + OutlookMethod.horizon] <= outcomesBy else { continue }
            for la in series where la.counts[index] > 0 {
                let values = la.counts[...index].map(Double.init)
                guard let state = method.fit(values) else { continue }
                for h in 1...OutlookMethod.horizon {
                    errors += abs(Double(la.counts[index + h]) - max(0, method.forecast(state, ahead: h)))
                    total += Double(la.counts[index + h])
                }
            }
        }
        return total > 0 ? errors / total : .infinity
    }

    /// The damped trend's flags with the given method and threshold.
    public static func dampedFlags(_ method: DampedTrend, threshold: Double) -> ([Int], Int) -> Bool {
        { history, line in
            (method.project(history, line: line, horizon: OutlookMethod.horizon).map(\.chanceOver).max() ?? 0) >= threshold
        }
    }
}
