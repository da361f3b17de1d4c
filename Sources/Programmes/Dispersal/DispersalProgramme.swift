import PartnershipCore
import PublishedStatistics

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

    /// The indicators at the latest Asy_D11 quarter end on or before the day, when the context
    /// carries the store's figures; the limit alone (from populations) otherwise.
    public func evaluate(_ context: EvaluationContext) -> [IndicatorValue] {
        guard let settings = try? typedSettings(context.settings) else {
            return unavailable("no cluster ratio in force")
        }
        let participating = context.region.lowerTier.filter { settings.isParticipating($0) }
        let limit = participating.reduce(0) { $0 + settings.limit(for: $1) }
        let vintage = context.region.populationVintages.joined(separator: "; ")
        let limitSource = "1 per \(settings.clusterRatio) residents (\(settings.clusterRatioSource ?? "national rule")) over participating LAs; population \(vintage)"
        guard let store = (context.figures as? StoreFigures)?.store, let figures = try? DispersalFigures(store: store),
              let snapshot = figures.snapshot(asOf: context.asOf) else {
            return indicators.map { indicator in
                indicator.id == DispersalRules.limitIndicator
                    ? IndicatorValue(indicator: indicator.id, state: .value(Double(limit)), asOf: nil, source: limitSource)
                    : IndicatorValue(indicator: indicator.id, state: .noData("Home Office asylum support (Asy_D11) not imported for \(context.asOf)"))
            }
        }
        let counts = figures.counts(on: settings.countBasis)[snapshot] ?? [:]
        let assessment = ClusterAssessment(
            lowerTier: context.region.lowerTier, settings: settings, counts: counts, nationalCount: figures.nationalCount(counts), snapshot: snapshot)
        let source = "\(figures.source); count basis: \(settings.countBasis.label)"
        let values: [String: (Double, String)] = [
            "dispersal.supported": (Double(assessment.count), source),
            DispersalRules.limitIndicator: (Double(assessment.limit), limitSource),
            "dispersal.headroom": (Double(assessment.headroom), source + "; " + limitSource),
            "dispersal.las-over-limit": (Double(assessment.atOrOverLimit), source + "; " + limitSource),
            "dispersal.rate-per-10000": (assessment.ratePer10000, source + "; population \(vintage)"),
        ]
        return indicators.map { indicator in
            guard let (value, source) = values[indicator.id] else { return IndicatorValue(indicator: indicator.id, state: .noData("not computed")) }
            return IndicatorValue(indicator: indicator.id, state: .value(value), asOf: snapshot, source: source)
        }
    }
}
