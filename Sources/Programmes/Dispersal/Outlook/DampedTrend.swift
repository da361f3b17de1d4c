import Foundation

/// Holt's linear exponential smoothing with a damped trend (Gardner and McKenzie, 1985): a level
/// and a trend updated each quarter, the trend fading by `phi` per quarter ahead. A policy officer
/// can follow it ("the count has been going up by about 10 a quarter, and we assume that slows"),
/// and a statistician knows it as a strong default for short series.
public struct DampedTrend: Sendable, Hashable {
    /// Weight of the newest count in the level (0-1).
    public let alpha: Double
    /// Weight of the newest change in the trend (0-1).
    public let beta: Double
    /// Share of the trend carried to each further quarter (0-1; 1 = an undamped straight line).
    public let phi: Double

    public init(alpha: Double, beta: Double, phi: Double) {
        self.alpha = alpha
        self.beta = beta
        self.phi = phi
    }

    /// The level and trend after the series, starting from the first value and first change.
    public struct State: Sendable, Hashable {
        public let level: Double
        public let trend: Double
    }

    public func fit(_ series: [Double]) -> State? {
        guard series.count >= 2 else { return nil }
        var level = series[0], trend = series[1] - series[0]
        for value in series.dropFirst() {
            let previous = level
            level = alpha * value + (1 - alpha) * (level + phi * trend)
            trend = beta * (level - previous) + (1 - beta) * phi * trend
        }
        return State(level: level, trend: trend)
    }

    /// The expected value `h` quarters after the state: level + (phi + ... + phi^h) x trend.
    public func forecast(_ state: State, ahead h: Int) -> Double {
        var factor = 0.0, power = 1.0
        for _ in 0..<max(0, h) {
            power *= phi
            factor += power
        }
        return state.level + factor * state.trend
    }

    /// Root-mean-square errors of the method's own 1..`horizon`-quarter forecasts made inside the
    /// series (from the third value on): the spread its intervals and probabilities use.
    public func pastErrors(_ series: [Double], horizon: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: horizon), counts = [Int](repeating: 0, count: horizon)
        guard series.count >= 3 else { return sums }
        var level = series[0], trend = series[1] - series[0]
        for index in 1..<series.count {
            let previous = level
            level = alpha * series[index] + (1 - alpha) * (level + phi * trend)
            trend = beta * (level - previous) + (1 - beta) * phi * trend
            let state = State(level: level, trend: trend)
            for h in 1...horizon where index + h < series.count {
                let error = series[index + h] - forecast(state, ahead: h)
                sums[h - 1] += error * error
                counts[h - 1] += 1
            }
        }
        return zip(sums, counts).map { $1 > 0 ? ($0 / Double($1)).squareRoot() : 0 }
    }
}

extension DampedTrend {
    /// One quarter end ahead: the expected count, the spread of past errors at that distance, and
    /// the chance of being at or over `line`.
    public struct Projection: Sendable, Hashable {
        public let expected: Double
        public let spread: Double
        public let chanceOver: Double
    }

    /// The next `horizon` quarter ends after the series, against `line`; empty with fewer than four quarters.
    public func project(_ series: [Int], line: Int, horizon: Int) -> [Projection] {
        let values = series.map(Double.init)
        guard values.count >= 4, let state = fit(values) else { return [] }
        let errors = pastErrors(values, horizon: horizon)
        return (1...horizon).map { h in
            let expected = max(0, forecast(state, ahead: h))
            // The spread of its own past h-quarter errors, at least 1 person and 2% of the count.
            let spread = max(errors[h - 1], 1, 0.02 * expected)
            return Projection(expected: expected, spread: spread, chanceOver: 1 - normalCDF((Double(line) - 0.5 - expected) / spread))
        }
    }
}

/// The standard normal distribution's cumulative probability.
func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }
