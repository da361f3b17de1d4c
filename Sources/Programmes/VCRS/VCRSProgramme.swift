import PartnershipCore
import ResettlementCore

/// Vulnerable Children's Resettlement Scheme.
public struct VCRSProgramme: Programme {
    private let scheme = ResettlementScheme(
        id: "vcrs", title: "Vulnerable Children's Resettlement Scheme",
        summary: "Resettlement of up to 3,000 vulnerable children and their families from the MENA region (announced 21 Apr 2016): pledges, referrals, matching, arrivals and tariffs.")

    public init() {}

    public var id: ProgrammeID { scheme.id }
    public var title: String { scheme.title }
    public var summary: String { scheme.summary }
    public var settings: [SettingDefinition] { scheme.settings }
    public var indicators: [IndicatorDefinition] { scheme.indicators }
    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }
    public func evaluate(_ context: EvaluationContext) -> [IndicatorValue] { scheme.evaluate(context) }
}
