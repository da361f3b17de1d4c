/// A scheme the partnership runs (dispersal, VPRS, UASC transfers, ...), delivered as its own
/// module and registered by the executables. The host knows programmes only through this protocol.
public protocol Programme: Sendable {
    /// Typed settings the programme works with, built from the resolved values.
    associatedtype Settings: Sendable

    var id: ProgrammeID { get }
    var title: String { get }
    /// One sentence on what the scheme is.
    var summary: String { get }
    /// Settings read from `region.yaml`, with national rules (dated, sourced) where they exist.
    var settings: [SettingDefinition] { get }
    /// Measures published for every region, for the national comparison.
    var indicators: [IndicatorDefinition] { get }

    /// Builds the typed settings from resolved values; throws a `ProgrammeError` when a value the
    /// programme cannot do without is missing.
    func typedSettings(_ resolved: ResolvedSettings) throws -> Settings

    /// Computes the programme's indicators for one region on one day.
    func evaluate(_ context: EvaluationContext) -> [IndicatorValue]
}

extension Programme {
    /// The region's settings for this programme on `day`, typed.
    public func settings(for region: Region, on day: Day) throws -> Settings {
        try typedSettings(resolvedSettings(for: region, on: day))
    }

    public func resolvedSettings(for region: Region, on day: Day) -> ResolvedSettings {
        ResolvedSettings(definitions: settings, overrides: region.programmes[id]?.settings ?? [:], on: day)
    }

    /// Evaluates the programme, or reports every indicator as off when the region has switched it off.
    public func indicators(for region: Region, on day: Day, figures: (any PublishedFigures)? = nil) -> [IndicatorValue] {
        guard region.isEnabled(id) else {
            return indicators.map { IndicatorValue(indicator: $0.id, state: .programmeOff) }
        }
        return evaluate(EvaluationContext(region: region, asOf: day, settings: resolvedSettings(for: region, on: day), figures: figures))
    }
}

extension Programme {
    /// Every indicator marked as lacking data, with the reason shown to the reader.
    public func unavailable(_ reason: String) -> [IndicatorValue] {
        indicators.map { IndicatorValue(indicator: $0.id, state: .noData(reason)) }
    }
}
