import PartnershipCore

/// A region's dispersal settings on one day, typed.
public struct DispersalSettings: Sendable, Hashable {
    public let clusterRatio: Int
    public let clusterRatioSource: String?
    public let countBasis: CountBasis
    public let nearMargin: Double
    public let notParticipating: Set<ONSCode>

    public init(clusterRatio: Int, clusterRatioSource: String?, countBasis: CountBasis, nearMargin: Double, notParticipating: Set<ONSCode>) {
        self.clusterRatio = clusterRatio
        self.clusterRatioSource = clusterRatioSource
        self.countBasis = countBasis
        self.nearMargin = nearMargin
        self.notParticipating = notParticipating
    }

    /// The cluster limit for an LA: floor(population / ratio).
    public func limit(for la: LocalAuthority) -> Int { la.population / clusterRatio }

    /// Participating unless the settings or the LA file say otherwise; counties never are.
    public func isParticipating(_ la: LocalAuthority) -> Bool {
        la.tier.isLowerTier && !notParticipating.contains(la.code) && la.dispersal != .notParticipating
    }
}

extension DispersalSettings {
    /// The same settings on another count basis (a user's `--basis`).
    public func with(basis: CountBasis) -> DispersalSettings {
        DispersalSettings(
            clusterRatio: clusterRatio, clusterRatioSource: clusterRatioSource, countBasis: basis, nearMargin: nearMargin,
            notParticipating: notParticipating)
    }
}
