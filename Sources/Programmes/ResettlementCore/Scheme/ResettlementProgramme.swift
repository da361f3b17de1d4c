import PartnershipCore

/// A resettlement scheme programme (VPRS, VCRS): the commands and reports that serve every
/// resettlement scheme find it through this, without naming the scheme's module.
public protocol ResettlementProgramme: Programme where Settings == ResettlementSettings {
    var scheme: ResettlementScheme { get }
}

extension ResettlementProgramme {
    public var id: ProgrammeID { scheme.id }
    public var title: String { scheme.title }
    public var summary: String { scheme.summary }
    public var settings: [SettingDefinition] { scheme.settings }
    public var indicators: [IndicatorDefinition] { scheme.indicators }
    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResettlementSettings { ResettlementSettings(resolved) }
    public func evaluate(_ context: EvaluationContext) -> [IndicatorValue] { scheme.evaluate(context) }

    /// The tariffs in force on `day` for `region` (national, dated).
    public func tariffs(for region: Region, on day: Day) -> TariffSchedule? {
        TariffSchedule(resolvedSettings(for: region, on: day))
    }
}
