import PartnershipCore
import ResettlementCore

/// Syrian Vulnerable Persons Resettlement Scheme.
public struct VPRSProgramme: Programme {
    private let scheme = ResettlementScheme(
        id: "vprs", title: "Syrian Vulnerable Persons Resettlement Scheme",
        summary: "Resettlement of refugees from the Syria conflict (launched Jan 2014; 20,000 by 2020 from 7 Sep 2015): pledges, referrals, matching, arrivals and tariffs.")

    public init() {}

    public var id: ProgrammeID { scheme.id }
    public var title: String { scheme.title }
    public var summary: String { scheme.summary }
    public var settings: [SettingDefinition] { scheme.settings }
    public var indicators: [IndicatorDefinition] { scheme.indicators }
    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }
    public func evaluate(_ context: EvaluationContext) -> [IndicatorValue] { scheme.evaluate(context) }
}
