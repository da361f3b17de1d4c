/// What a programme is given to evaluate itself: the region, the day of interest, the region's
/// settings for that day, and the published figures the store holds (if any).
public struct EvaluationContext: Sendable {
    public let region: Region
    public let asOf: Day
    public let settings: ResolvedSettings
    public let figures: (any PublishedFigures)?

    public init(region: Region, asOf: Day, settings: ResolvedSettings, figures: (any PublishedFigures)? = nil) {
        self.region = region
        self.asOf = asOf
        self.settings = settings
        self.figures = figures
    }
}

/// Read access to imported Home Office and ONS figures, implemented by the store layer.
/// The host only names the questions programmes ask; it never imports the store.
public protocol PublishedFigures: Sendable {
    /// The latest snapshot date on or before `day` for which `table` has rows, if any.
    func latestSnapshot(of table: String, onOrBefore day: Day) -> Day?
}
