/// How a plan spreads new arrivals across participating LAs. Neither breaches a limit.
public enum AllocationStrategy: String, Sendable, Codable, CaseIterable {
    /// Proportional to each LA's remaining headroom, whole people by largest remainder (default).
    case proportionalToHeadroom = "headroom"
    /// One at a time to the LA with the fewest supported people per resident ("fill lowest ratio first").
    case lowestRatioFirst = "lowest-ratio"

    public var description: String {
        switch self {
        case .proportionalToHeadroom: "proportional to remaining headroom, largest remainder rounding"
        case .lowestRatioFirst: "fill lowest ratio first (each arrival to the LA with the fewest supported people per resident)"
        }
    }
}
