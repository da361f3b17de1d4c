extension Array where Element == Double {
    /// The middle value of benchmark runs (runs are few; the median resists one slow outlier).
    public var median: Double { isEmpty ? 0 : sorted()[count / 2] }
}
