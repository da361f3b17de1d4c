/// How the matcher chooses among LA offers that could all take a household (a region setting).
public enum MatchingPreference: String, CaseIterable, Sendable {
    /// The offer with the largest share of its places still free: spreads households across LAs.
    case spread
    /// The earliest pledge (in entry order) with room: fills pledges one after another.
    case inOrder = "in-order"
}
