/// A scheme the partnership runs (dispersal, VPRS, UASC transfers, ...), as the host sees it:
/// its identity, its dated sourced settings and the indicators it publishes. What a programme
/// brings beyond that (tables, imports, evaluation over the store, report sections, commands)
/// is the plugin contract in `ProgrammeKit`, which refines this protocol.
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
}

extension Programme {
    /// The region's settings for this programme on `day`, typed.
    public func settings(for region: Region, on day: Day) throws -> Settings {
        try typedSettings(resolvedSettings(for: region, on: day))
    }

    public func resolvedSettings(for region: Region, on day: Day) -> ResolvedSettings {
        ResolvedSettings(definitions: settings, overrides: region.programmes[id]?.settings ?? [:], on: day)
    }

    /// Every indicator marked as lacking data, with the reason shown to the reader.
    public func unavailable(_ reason: String) -> IndicatorValues {
        IndicatorValues(indicators.map { IndicatorValue(indicator: $0.id, state: .noData(reason)) })
    }

    /// Every indicator shown as off: the region has switched the programme off.
    public var switchedOff: IndicatorValues {
        IndicatorValues(indicators.map { IndicatorValue(indicator: $0.id, state: .programmeOff) })
    }
}
