/// Whether an LA takes asylum dispersals, as the region's sources state it.
/// `unknown` is kept apart from `notParticipating`: no source is not the same as "no".
public enum DispersalParticipation: String, Sendable, Codable, CaseIterable {
    case participating
    case notParticipating = "not-participating"
    case unknown
    /// Counties: dispersal is agreed with their districts.
    case notApplicable = "n/a"
}
