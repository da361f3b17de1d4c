import PartnershipCore

/// Asylum dispersal: supported asylum seekers per LA against the cluster limit
/// (1 per 200 residents, district level).
public struct DispersalProgramme: Programme {
    public init() {}

    public let id: ProgrammeID = "dispersal"
    public let title = "Asylum dispersal"
    public let summary = "Supported asylum seekers per LA against the Home Office cluster limit, headroom and widening dispersal."

    public var settings: [SettingDefinition] { DispersalRules.settings }
    public var indicators: [IndicatorDefinition] { DispersalRules.indicators }

    public func typedSettings(_ resolved: ResolvedSettings) throws -> DispersalSettings {
        guard let ratio = resolved.integer(DispersalRules.clusterRatio) else {
            throw ProgrammeError(id, "no cluster ratio in force; set programmes.dispersal.settings.\(DispersalRules.clusterRatio)")
        }
        let basis = resolved.text(DispersalRules.countBasis).flatMap(CountBasis.init(rawValue:)) ?? .dispersedPlusSection4
        return DispersalSettings(
            clusterRatio: ratio,
            clusterRatioSource: resolved[DispersalRules.clusterRatio]?.source,
            countBasis: basis,
            nearMargin: resolved.number(DispersalRules.nearMargin) ?? 0.1,
            notParticipating: Set(resolved.codes(DispersalRules.notParticipating)))
    }

    public func evaluate(_ context: EvaluationContext) -> [IndicatorValue] {
        guard let settings = try? typedSettings(context.settings) else {
            return unavailable("no cluster ratio in force")
        }
        let participating = context.region.lowerTier.filter { settings.isParticipating($0) }
        let limit = participating.reduce(0) { $0 + settings.limit(for: $1) }
        let vintage = context.region.populationVintages.joined(separator: "; ")
        return indicators.map { indicator in
            if indicator.id == DispersalRules.limitIndicator {
                return IndicatorValue(
                    indicator: indicator.id, state: .value(Double(limit)), asOf: nil,
                    source: "1 per \(settings.clusterRatio) residents (\(settings.clusterRatioSource ?? "national rule")) over participating LAs; population \(vintage)")
            }
            return IndicatorValue(indicator: indicator.id, state: .noData("Home Office asylum support (Asy_D11) not imported"))
        }
    }
}
