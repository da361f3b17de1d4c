/// A programme lead's decision to switch a programme on or off for one region from a date, with
/// who decided and why. Switches are kept, never edited: a later decision is a new switch.
public struct ProgrammeSwitch: Hashable, Sendable, Codable {
    public let region: String
    public let programme: ProgrammeID
    public let enabled: Bool
    /// The first day the decision applies; figures before it are unaffected.
    public let effectiveFrom: Day
    /// Who made the decision (a named officer, not a case).
    public let by: String
    public let reason: String
    /// When it was recorded (ISO 8601, UTC).
    public let recordedAt: String

    public init(region: String, programme: ProgrammeID, enabled: Bool, effectiveFrom: Day, by: String, reason: String, recordedAt: String) {
        self.region = region
        self.programme = programme
        self.enabled = enabled
        self.effectiveFrom = effectiveFrom
        self.by = by
        self.reason = reason
        self.recordedAt = recordedAt
    }

    /// "off from 2024-04-01 (switched by A. Lead on 2024-03-20: funding ended)".
    public var summary: String {
        "\(enabled ? "on" : "off") from \(effectiveFrom) (switched by \(by) on \(recordedAt.prefix(10)): \(reason))"
    }
}
