/// Whether each programme is on for a region on a given day: the region module's `enabled:` until
/// the first recorded switch takes effect, then the latest switch in force. Figures from before a
/// switch keep the state they had, so switching a programme off never rewrites its history.
public struct ProgrammeSwitches: Sendable {
    public let region: Region
    /// The region's switches, in the order they were recorded.
    public let switches: [ProgrammeSwitch]

    public init(region: Region, switches: [ProgrammeSwitch]) {
        self.region = region
        self.switches = switches.filter { $0.region == region.id }
    }

    /// The switch in force for `programme` on `day`: the latest effective on or before it (the
    /// later-recorded wins on the same day), or nil when the module's default applies.
    public func inForce(_ programme: ProgrammeID, on day: Day) -> ProgrammeSwitch? {
        var found: (index: Int, item: ProgrammeSwitch)?
        for (index, item) in switches.enumerated() where item.programme == programme && item.effectiveFrom <= day {
            if let current = found, (current.item.effectiveFrom, current.index) > (item.effectiveFrom, index) { continue }
            found = (index, item)
        }
        return found?.item
    }

    public func isEnabled(_ programme: ProgrammeID, on day: Day) -> Bool {
        inForce(programme, on: day)?.enabled ?? region.isEnabled(programme)
    }

    /// Every switch of one programme, in the order recorded.
    public func history(_ programme: ProgrammeID? = nil) -> [ProgrammeSwitch] {
        switches.filter { programme == nil || $0.programme == programme }
    }

    /// Why the programme is off on `day`, for messages: the switch, or the region module's default.
    public func offReason(_ programme: ProgrammeID, on day: Day) -> String {
        if let item = inForce(programme, on: day) { return "\(programme) is switched off for \(region.id) \(item.summary)" }
        return "\(programme) is off for \(region.id) in its region module (programmes.\(programme).enabled: false) and no switch has turned it on"
    }
}
