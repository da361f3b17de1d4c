import PartnershipCore

/// The early-warning rules: the damped trend with the parameters and flag threshold chosen on
/// quarters up to 2019 (`smp bench outlook --tune` repeats the search), and the naive rule it is
/// judged against.
public enum OutlookMethod {
    /// Chosen by `smp bench outlook --tune` on forecast origins whose outcomes fall by 2019-12-31,
    /// every English LA: the smallest one- and two-quarter forecast error over a grid of 252, then
    /// frozen before scoring 2020-2024. In words: the level is the latest count, the trend follows
    /// recent changes, and it fades to 60% a quarter ahead.
    public static let tuned = DampedTrend(alpha: 1.0, beta: 0.4, phi: 0.6)
    /// Flag an LA when its chance of being at or over the line at either quarter end ahead is at
    /// least this: the best F1 on crossings of 90% of the limit up to 2019 (no LA crossed the limit
    /// itself from below in those years).
    public static let threshold = 0.2
    public static let horizon = 2

    /// The naive rule: a straight line through the last four quarters, extended two quarters; flag
    /// when either point is at or over the line.
    public static func naiveFlags(_ series: [Int], line: Int) -> Bool {
        guard series.count >= 4 else { return false }
        let y = series.suffix(4).map(Double.init)
        let xMean = 1.5, yMean = y.reduce(0, +) / 4
        let slope = (0..<4).reduce(0.0) { $0 + (Double($1) - xMean) * (y[$1] - yMean) } / 5.0
        let intercept = yMean - slope * xMean
        return (4...5).contains { intercept + slope * Double($0) >= Double(line) }
    }

    /// The line an outlook watches: the cluster limit, or 90% of it ("near").
    public enum Line: String, Sendable, CaseIterable {
        case limit, near
        public func value(limit: Int) -> Int {
            switch self {
            case .limit: limit
            case .near: Int((Double(limit) * 0.9).rounded(.up))
            }
        }
    }
}
