import CommandLineKit
import PartnershipCore
import ProgrammeKit

/// Support for households with no recourse to public funds (Children Act s.17, Care Act, leaving care).
public struct NRPFProgramme: CLIProgramme {
    public init() {}

    public let id: ProgrammeID = "nrpf"
    public let title = "No recourse to public funds"
    public let summary = "Open NRPF caseload per LA by household type, weekly and total cost, days on support (the NRPF Connect measures)."

    public static let longCaseDays = "long-case-days"
    public static let weeklyCostFamily = "weekly-cost-family"
    public static let weeklyCostAdult = "weekly-cost-adult"

    public var settings: [SettingDefinition] {
        [
            SettingDefinition(
                key: Self.longCaseDays, title: "Days on support after which a case counts as long-running", kind: .integer(1...10_000), unit: "days",
                national: [
                    DatedValue(
                        .integer(1_000), from: Day(year: 2020, month: 4, day: 1)!,
                        source: "NRPF Connect headline measure: households on support 1,000 days or more (data-by-region page, 2020-21 onwards)")
                ]),
            // No national weekly rate was found (DOMAIN.md 1.5): these are local council settings only.
            SettingDefinition(
                key: Self.weeklyCostFamily, title: "Local weekly support cost, family household", kind: .integer(0...10_000), unit: "£"),
            SettingDefinition(key: Self.weeklyCostAdult, title: "Local weekly support cost, single adult", kind: .integer(0...10_000), unit: "£"),
        ]
    }

    public var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(
                id: "nrpf.open-cases", title: "Open NRPF cases", unit: .count, definition: "Households on support at the date", countsPeople: true),
            IndicatorDefinition(
                id: "nrpf.weekly-cost", title: "Weekly cost of open cases", unit: .pounds, definition: "Sum of weekly costs of open cases"),
            IndicatorDefinition(
                id: "nrpf.average-days", title: "Average days on support", unit: .days,
                definition: "Mean days from support start to the date, open cases"),
        ]
    }

    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }
    /// No NRPF case records are kept yet (there is no published NRPF table to fall back on).
    public func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        unavailable("no NRPF case records: the platform does not record NRPF cases yet")
    }
}
