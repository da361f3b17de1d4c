import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
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

    /// Made once: settings are resolved for every region and day asked about.
    public var settings: [SettingDefinition] { Self.definitions }

    private static let definitions: [SettingDefinition] = [
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

    public var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(
                id: "nrpf.open-cases", title: "Open NRPF cases", unit: .count, definition: "Households on support at the date (local records)",
                countsPeople: true, origin: .localRecords),
            IndicatorDefinition(
                id: "nrpf.weekly-cost", title: "Weekly cost of open cases", unit: .pounds,
                definition: "Sum of the council's weekly accommodation and subsistence figures of open cases", origin: .localRecords),
            IndicatorDefinition(
                id: "nrpf.cost-this-year", title: "Cost in the financial year to date", unit: .pounds,
                definition: "Accrued by day from 1 April to the date, accommodation and subsistence", origin: .localRecords),
            IndicatorDefinition(
                id: "nrpf.average-days", title: "Average days on support", unit: .days,
                definition: "Mean days from support start to the date, open cases", origin: .localRecords),
            IndicatorDefinition(
                id: "nrpf.long-cases", title: "Cases on support for the long-case threshold or more", unit: .count,
                definition: "Open cases with days on support at or above the long-case setting (1,000 days nationally)", countsPeople: true,
                origin: .localRecords),
            IndicatorDefinition(
                id: "nrpf.closure-alerts", title: "Open cases needing closure", unit: .count,
                definition: "Open cases whose recorded status grants recourse to public funds", countsPeople: true, origin: .localRecords),
        ]
    }

    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }
    public var schema: SchemaPart? { NRPFSchema.part }
    public var commands: [any ParsableCommand.Type] { [NRPFCommand.self] }
    public var recordImports: [RecordImport] { [Self.caseImport] }

    /// The NRPF Connect measures from the region's own case records; there is no published table
    /// to fall back on, so without records every indicator says so.
    public func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        var values = IndicatorValues()
        let day = context.asOf
        let cases = try await context.localRecords { try await NRPFRecords(store: context.store, region: context.region.id).cases() }
            .filter { $0.startedOn <= day }
        guard !cases.isEmpty else {
            for indicator in indicators {
                values.noData(indicator.id, "no NRPF case records on or before \(day) ('smp nrpf case import')")
            }
            return values
        }
        let long = context.settings.integer(Self.longCaseDays) ?? 1_000
        let k = NRPFKPIs(cases, on: day, longCaseDays: long)
        let sources = Set(cases.map(\.source)).sorted().joined(separator: "; ")
        let source = "\(context.region.id) records (\(sources)); the council's own weekly costs"
        let year = FinancialYear(containing: day)
        let thisYear = cases.flatMap { NRPFCosts.lines(for: $0, through: day) }.filter { $0.year == year }.reduce(0) { $0 + $1.totalPence }
        values.set("nrpf.open-cases", Double(k.open), asOf: day, source: source)
        values.set("nrpf.weekly-cost", Double(k.weeklyAccommodationPence + k.weeklySubsistencePence) / 100, asOf: day, source: source)
        values.set("nrpf.cost-this-year", Double(thisYear) / 100, asOf: day, source: source + "; \(year) to \(day)")
        if let average = k.averageDays {
            values.set("nrpf.average-days", average, asOf: day, source: source)
        } else {
            values.noData("nrpf.average-days", "no open cases on \(day)")
        }
        values.set("nrpf.long-cases", Double(k.longCases), asOf: day, source: source + "; \(long)+ days")
        values.set("nrpf.closure-alerts", Double(cases.filter { $0.closureRequired(on: day) != nil }.count), asOf: day, source: source)
        return values
    }
}
