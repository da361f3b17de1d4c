/// Whether a region module is live: a `draft` (a partnership being onboarded) is checked and can
/// be looked at, but stays out of the national comparison and reports until it is `active`.
public enum RegionStatus: String, Sendable, Codable, CaseIterable {
    case active, draft
}
