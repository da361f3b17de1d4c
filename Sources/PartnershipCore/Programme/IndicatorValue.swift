/// One indicator's value for one region and period, with where it comes from and as of when.
public struct IndicatorValue: Hashable, Sendable, Codable {
    public enum State: Hashable, Sendable, Codable {
        case value(Double)
        /// The programme is switched off for the region: shown as off, never as zero.
        case programmeOff
        /// The data the indicator needs has not been loaded.
        case noData(String)
    }

    public let indicator: String
    public let state: State
    public let asOf: Day?
    public let source: String?
    /// The period the figure covers when it is not simply "at `asOf`": a target's financial year,
    /// "2024-25 to date", "cumulative to 2024-09-30". Shown beside the figure so values from
    /// different periods are never read as alike.
    public let period: String?

    public init(indicator: String, state: State, asOf: Day? = nil, source: String? = nil, period: String? = nil) {
        self.indicator = indicator
        self.state = state
        self.asOf = asOf
        self.source = source
        self.period = period
    }
}
