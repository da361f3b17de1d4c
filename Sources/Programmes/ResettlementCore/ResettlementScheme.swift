import PartnershipCore

/// What the resettlement schemes share: a regional target, a matching preference, the national
/// tariffs and the same indicators under the scheme's own id.
public struct ResettlementScheme: Sendable {
    public let id: ProgrammeID
    public let title: String
    public let summary: String

    public init(id: ProgrammeID, title: String, summary: String) {
        self.id = id
        self.title = title
        self.summary = summary
    }

    public static let target = "target"
    public static let targetYear = "target-year"
    public static let matching = "matching"

    public var settings: [SettingDefinition] {
        [
            SettingDefinition(key: Self.target, title: "Regional resettlement target (people)", kind: .integer(0...100_000), unit: "people"),
            SettingDefinition(key: Self.targetYear, title: "Financial year the target applies to", kind: .text),
            SettingDefinition(
                key: Self.matching, title: "Matching preference", kind: .choice(["spread", "in-order"]),
                national: [DatedValue(.text("spread"), from: Day(year: 2014, month: 1, day: 1)!, source: "Platform default: spread households across LA offers")]),
        ] + ResettlementTariffs.settings
    }

    public var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(id: "\(id).target", title: "Regional target", unit: .people, definition: "The target the region agreed with the Home Office"),
            IndicatorDefinition(id: "\(id).pledged", title: "Places pledged", unit: .people, definition: "Firm and indicative pledges from LAs, financial year"),
            IndicatorDefinition(id: "\(id).arrived", title: "People arrived", unit: .people, definition: "Arrivals recorded in Home Office Res_D01 for the region's LAs, cumulative"),
            IndicatorDefinition(id: "\(id).progress", title: "Progress against target", unit: .percent, definition: "Arrived / target x 100"),
        ]
    }

    /// The target as the only indicator computable from the region module alone; the rest need records.
    public func evaluate(_ context: EvaluationContext) -> [IndicatorValue] {
        indicators.map { indicator in
            if indicator.id == "\(id).target", let target = context.settings[Self.target] {
                return IndicatorValue(indicator: indicator.id, state: .value(target.value.doubleValue ?? 0), source: target.source)
            }
            return IndicatorValue(indicator: indicator.id, state: .noData("no pledges or Res_D01 arrivals loaded"))
        }
    }
}
