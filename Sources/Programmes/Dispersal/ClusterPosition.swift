import PartnershipCore

/// One LA's position against the cluster limit at one quarter end, on one count basis.
public struct ClusterPosition: Sendable, Hashable, Codable {
    public let code: ONSCode
    public let name: String
    public let population: Int
    public let limit: Int
    public let count: Int
    public let status: ClusterStatus
    /// Share of the region's count and of the UK's (rows with an LA), 0…1.
    public let shareOfRegion: Double
    public let shareOfNation: Double

    /// `limit - count` where that is positive; 0 at or over the limit and for non-participants.
    public var headroom: Int { status.isParticipating ? max(0, limit - count) : 0 }
    /// Residents per supported person ("1 in N"); nil when nobody is counted.
    public var residentsPerPerson: Int? { count > 0 ? population / count : nil }
    public var ratePer10000: Double { population > 0 ? Double(count) * 10_000 / Double(population) : 0 }
}
