/// A programme's indicator values for one region and day, keyed by indicator id, so a value is
/// never matched to its definition by position.
public struct IndicatorValues: Sendable, Hashable {
    private var values: [String: IndicatorValue]

    public init(_ values: [IndicatorValue] = []) {
        self.values = Dictionary(values.map { ($0.indicator, $0) }, uniquingKeysWith: { _, last in last })
    }

    public subscript(_ indicator: String) -> IndicatorValue? { values[indicator] }

    public mutating func set(_ value: IndicatorValue) { values[value.indicator] = value }

    /// Sets `indicator` to a value with its source and as-of date.
    public mutating func set(_ indicator: String, _ number: Double, asOf: Day?, source: String?, period: String? = nil) {
        values[indicator] = IndicatorValue(indicator: indicator, state: .value(number), asOf: asOf, source: source, period: period)
    }

    /// Sets `indicator` as lacking data, with the reason.
    public mutating func noData(_ indicator: String, _ reason: String) {
        values[indicator] = IndicatorValue(indicator: indicator, state: .noData(reason))
    }

    public var ids: Set<String> { Set(values.keys) }
}
