import PartnershipCore

/// A region's LAs against their cluster limits at one quarter end: per-LA positions and totals.
/// Pure: counts come in already summed on the chosen basis, so status is cheap for any quarter.
public struct ClusterAssessment: Sendable, Hashable {
    public let snapshot: Day
    public let basis: CountBasis
    public let positions: [ClusterPosition]

    /// Positions for the region's lower-tier LAs; `counts` are people on `basis` per LA (today's
    /// codes), `nationalCount` the UK total on the same basis for shares of the nation, `dispersed`
    /// the people in dispersal accommodation per LA (evidence of participation where none is declared).
    public init(
        lowerTier: [LocalAuthority], settings: DispersalSettings, counts: [ONSCode: Int], nationalCount: Int, snapshot: Day,
        dispersed: [ONSCode: Int] = [:]
    ) {
        self.snapshot = snapshot
        basis = settings.countBasis
        let regionCount = lowerTier.reduce(0) { $0 + counts[$1.code, default: 0] }
        positions = lowerTier.map { la in
            let count = counts[la.code, default: 0]
            let limit = settings.limit(for: la)
            return ClusterPosition(
                code: la.code, name: la.name, population: la.population, limit: limit, count: count,
                status: .of(
                    count: count, limit: limit, margin: settings.nearMargin,
                    participation: settings.participation(la, dispersed: dispersed[la.code, default: 0], on: snapshot)),
                shareOfRegion: regionCount > 0 ? Double(count) / Double(regionCount) : 0,
                shareOfNation: nationalCount > 0 ? Double(count) / Double(nationalCount) : 0)
        }
    }

    public var participating: [ClusterPosition] { positions.filter(\.status.isParticipating) }
    /// LAs whose participation nothing declares (left out of limits and plans unless asked).
    public var unknownParticipation: [ClusterPosition] { positions.filter { $0.status == .participationUnknown } }
    public var notParticipating: [ClusterPosition] { positions.filter { $0.status == .notParticipating } }
    public var count: Int { positions.reduce(0) { $0 + $1.count } }
    public var population: Int { positions.reduce(0) { $0 + $1.population } }
    public var limit: Int { participating.reduce(0) { $0 + $1.limit } }
    public var headroom: Int { participating.reduce(0) { $0 + $1.headroom } }
    public var atOrOverLimit: Int { positions.filter(\.status.isAtOrOver).count }
    public var ratePer10000: Double { population > 0 ? Double(count) * 10_000 / Double(population) : 0 }
}
