/// The kinds of household an LA pledge can take, as pledges were offered to SMPs.
public enum HouseholdType: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// A household of 2 up to the large-family threshold (couples, parents with children).
    case family
    /// A household at or above the large-family threshold (a region setting, default 6 people).
    case largeFamily = "large-family"
    /// One adult on their own.
    case singleAdult = "single-adult"

    public static func < (lhs: HouseholdType, rhs: HouseholdType) -> Bool { lhs.rawValue < rhs.rawValue }

    public func label(largeFamilyFrom threshold: Int) -> String {
        switch self {
        case .family: "family of 2-\(threshold - 1)"
        case .largeFamily: "large family (\(threshold)+ people)"
        case .singleAdult: "single adult"
        }
    }
}
