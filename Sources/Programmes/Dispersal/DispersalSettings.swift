import PartnershipCore

/// A region's dispersal settings on one day, typed.
public struct DispersalSettings: Sendable, Hashable {
    public let clusterRatio: Int
    public let clusterRatioSource: String?
    public let countBasis: CountBasis
    public let nearMargin: Double
    public let notParticipating: Set<ONSCode>
    public let rule: ParticipationRule
    public let ruleSource: String?
    /// The region's allocation under full dispersal, where the module records one, and its source.
    public var allocation: Int?
    public var allocationSource: String?
    /// Plan for LAs of unknown participation too (a user's `--include-unknown`); never the default.
    public private(set) var includesUnknown = false

    public init(
        clusterRatio: Int, clusterRatioSource: String?, countBasis: CountBasis, nearMargin: Double, notParticipating: Set<ONSCode>,
        rule: ParticipationRule = .declared, ruleSource: String? = nil
    ) {
        self.clusterRatio = clusterRatio
        self.clusterRatioSource = clusterRatioSource
        self.countBasis = countBasis
        self.nearMargin = nearMargin
        self.notParticipating = notParticipating
        self.rule = rule
        self.ruleSource = ruleSource
    }

    /// The cluster limit for an LA: floor(population / ratio).
    public func limit(for la: LocalAuthority) -> Int { la.population / clusterRatio }

    /// The LA's participation under the rule in force: an agreed exception or a declared "no"
    /// (with its source under full dispersal) is not participating; full dispersal makes every
    /// other LA a dispersal area; before it, an LA participates where the module declares it or
    /// the Home Office data evidences it (`dispersed`: people in dispersal accommodation at the
    /// quarter end), and is unknown otherwise.
    public func participation(_ la: LocalAuthority, dispersed: Int = 0, on day: Day? = nil) -> Participation {
        guard la.tier.isLowerTier else { return .notParticipating(because: "a county: dispersal is agreed with its districts") }
        if notParticipating.contains(la.code) { return .notParticipating(because: "agreed exception in the region's dispersal settings") }
        let declaredSource = la.dispersalSource.map { " (\($0))" } ?? ""
        switch rule {
        case .fullDispersal:
            if la.dispersal == .notParticipating, la.dispersalSource != nil {
                return .notParticipating(because: "agreed exception under full dispersal\(declaredSource)")
            }
            return .participating(because: "full dispersal from \(DispersalRules.fullDispersalFrom): every LA is a dispersal area")
        case .declared:
            switch la.dispersal {
            case .participating: return .participating(because: "declared participating\(declaredSource)")
            case .notParticipating: return .notParticipating(because: "declared not participating\(declaredSource)")
            case .unknown, .notApplicable:
                if dispersed > 0 {
                    return .participating(
                        because: "evidenced: \(dispersed) people in dispersal accommodation\(day.map { " at \($0)" } ?? "") (Asy_D11)")
                }
                let because = "no source declares it (before full dispersal on \(DispersalRules.fullDispersalFrom))"
                return includesUnknown ? .participating(because: because + "; included by --include-unknown") : .unknown(because: because)
            }
        }
    }

    /// True only for an LA that is participating (unknown is not).
    public func isParticipating(_ la: LocalAuthority) -> Bool { participation(la).isParticipating }
}

extension DispersalSettings {
    /// The same settings with LAs of unknown participation planned for as if participating.
    public func includingUnknown() -> DispersalSettings {
        var copy = self
        copy.includesUnknown = true
        return copy
    }

    /// The same settings on another count basis (a user's `--basis`).
    public func with(basis: CountBasis) -> DispersalSettings {
        DispersalSettings(
            clusterRatio: clusterRatio, clusterRatioSource: clusterRatioSource, countBasis: basis, nearMargin: nearMargin,
            notParticipating: notParticipating, rule: rule, ruleSource: ruleSource)
    }
}
