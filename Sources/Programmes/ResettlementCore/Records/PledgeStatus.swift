/// Where an LA's pledge stands: only firm pledges are matched against; withdrawn ones count for nothing.
public enum PledgeStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case indicative, firm, withdrawn
}
