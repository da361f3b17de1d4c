/// Needs recorded on a referral that an LA offer must be able to meet.
public enum Need: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// Medical needs needing specialist health provision.
    case medical
    /// Mobility needs: the household needs a wheelchair-accessible home.
    case mobility
    /// Special educational needs for a child.
    case education

    public static func < (lhs: Need, rhs: Need) -> Bool { lhs.rawValue < rhs.rawValue }
}
