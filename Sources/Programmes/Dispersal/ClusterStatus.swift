/// Where an LA stands against its cluster limit. LAs that take no dispersals, and participating
/// LAs with nobody placed, are named as such, never shown as a zero.
public enum ClusterStatus: String, Sendable, Codable, CaseIterable {
    case over, at, near, under
    case participatingNonePlaced = "participating, none placed"
    case notParticipating = "not participating"
    case participationUnknown = "participation unknown"

    /// The verdict for `count` against `limit`, `near` meaning within `margin` (a share) of it.
    public static func of(count: Int, limit: Int, margin: Double, participation: Participation) -> ClusterStatus {
        switch participation {
        case .notParticipating: return .notParticipating
        case .unknown: return .participationUnknown
        case .participating: break
        }
        if count == 0 { return .participatingNonePlaced }
        if count > limit { return .over }
        if count == limit { return .at }
        return Double(count) >= Double(limit) * (1 - margin) ? .near : .under
    }

    public var isAtOrOver: Bool { self == .over || self == .at }

    /// Whether the LA counts towards limits, headroom and plans.
    public var isParticipating: Bool { self != .notParticipating && self != .participationUnknown }
}
