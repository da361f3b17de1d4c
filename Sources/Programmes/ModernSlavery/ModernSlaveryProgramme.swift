import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// Anti-slavery partnership work: National Referral Mechanism referrals and decisions.
public struct ModernSlaveryProgramme: CLIProgramme {
    public init() {}

    public let id: ProgrammeID = "modern-slavery"
    public let title = "Modern slavery (NRM)"
    public let summary = "NRM referrals by exploitation type and age group, reasonable- and conclusive-grounds decisions and time to decision."

    public static let rgTargetDays = "rg-target-working-days"
    public static let recoveryDays = "recovery-period-days"

    /// Made once: settings are resolved for every region and day asked about.
    public var settings: [SettingDefinition] { Self.definitions }

    private static let definitions: [SettingDefinition] = [
        SettingDefinition(
            key: Self.rgTargetDays, title: "Target for a reasonable-grounds decision", kind: .integer(1...60), unit: "working days",
            national: [
                DatedValue(
                    .integer(5), from: Day(year: 2009, month: 4, day: 1)!,
                    source: "athub.org.uk knowledge base, NRM decisions ('within 5 working days'); NRM statistics begin 2009 Q2")
            ],
            regionMayOverride: false),
        SettingDefinition(
            key: Self.recoveryDays, title: "Minimum recovery period after a positive RG decision", kind: .integer(1...365), unit: "days",
            national: [
                DatedValue(
                    .integer(45), from: Day(year: 2009, month: 4, day: 1)!, to: Day(year: 2022, month: 12, day: 31)!,
                    source: "Sefton LSCB procedures (2017): at least 45 days"),
                DatedValue(
                    .integer(30), from: Day(year: 2023, month: 1, day: 1)!,
                    source: "AVID handbook: at least 30 days after positive RG since Jan 2023 (Nationality and Borders Act 2022; day not "
                        + "stated)"),
            ], regionMayOverride: false),
    ]

    public var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(
                id: "modern-slavery.referrals", title: "NRM referrals by the region's first responders (12 months)", unit: .people,
                definition: "Local records: NRM referrals (not Duty to Notify) in the 12 months to the day", countsPeople: true, origin: .localRecords
            ),
            IndicatorDefinition(
                id: "modern-slavery.duty-to-notify", title: "Duty to Notify records (12 months)", unit: .people,
                definition: "Local records: adults who withheld consent, in the 12 months to the day", countsPeople: true, origin: .localRecords),
            IndicatorDefinition(
                id: "modern-slavery.rg-positive-rate", title: "Positive reasonable-grounds decisions (12 months)", unit: .percent,
                definition: "Local records: positive RG / RG decisions, referrals in the 12 months to the day", origin: .localRecords),
            IndicatorDefinition(
                id: "modern-slavery.rg-within-target", title: "RG decisions within the target (working days, 12 months)", unit: .percent,
                definition: "Local records: RG decisions made within the target in working days / RG decisions", origin: .localRecords),
            IndicatorDefinition(
                id: "modern-slavery.cg-positive-rate", title: "Positive conclusive-grounds decisions (12 months)", unit: .percent,
                definition: "Local records: positive CG / CG decisions", origin: .localRecords),
            IndicatorDefinition(
                id: "modern-slavery.uk-referrals", title: "UK NRM referrals in the quarter (national context)", unit: .count,
                definition: "Home Office NRM statistics, UK, latest quarter on or before the day: the same for every region"),
            IndicatorDefinition(
                id: "modern-slavery.uk-rg-positive-rate", title: "UK positive RG rate in the year (national context)", unit: .percent,
                definition: "Home Office NRM statistics, UK, positive / all RG decisions in the latest year on or before the day"),
        ]
    }

    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }
    public var publishedDatasets: [PublishedDataset] { [.nrm] }
    public var schema: SchemaPart? { ModernSlaverySchema.part }
    public var commands: [any ParsableCommand.Type] { [ModernSlaveryCommand.self] }
    public var recordImports: [RecordImport] { [Self.referralImport] }

    /// The region's own referrals in the 12 months to the day, and the UK figures as national
    /// context (the Home Office tables have no regional breakdown).
    public func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        var values = IndicatorValues()
        let all = try await context.localRecords { try await ModernSlaveryRecords(store: context.store, region: context.region.id).referrals() }
        let from = context.asOf.adding(days: -364)
        let records = all.filter { $0.referredOn >= from && $0.referredOn <= context.asOf }
        let local = [
            "modern-slavery.referrals", "modern-slavery.duty-to-notify", "modern-slavery.rg-positive-rate", "modern-slavery.rg-within-target",
            "modern-slavery.cg-positive-rate",
        ]
        if records.isEmpty {
            for id in local {
                values.noData(
                    id, "no referral records from \(from) to \(context.asOf) ('smp modern-slavery referral import')")
            }
        } else {
            let region = context.region
            do {
                let k = try ReferralKPIs(records, calendar: .englandAndWales) { day in
                    self.resolvedSettings(for: region, on: day).integer(Self.rgTargetDays) ?? 5
                }
                let sources = Set(records.map(\.source)).sorted().joined(separator: "; ")
                let source = "\(region.id) records (\(sources)), referrals \(from) to \(context.asOf)"
                values.set("modern-slavery.referrals", Double(k.referrals), asOf: context.asOf, source: source)
                values.set("modern-slavery.duty-to-notify", Double(k.dutyToNotify), asOf: context.asOf, source: source)
                for (id, value) in [
                    ("modern-slavery.rg-positive-rate", ReferralKPIs.share(k.rgPositive, k.rgDecisions)),
                    ("modern-slavery.rg-within-target", ReferralKPIs.share(k.rgWithinTarget, k.rgDecisions)),
                    ("modern-slavery.cg-positive-rate", ReferralKPIs.share(k.cgPositive, k.cgDecisions)),
                ] {
                    if let value { values.set(id, value, asOf: context.asOf, source: source) } else { values.noData(id, "no decisions recorded") }
                }
            } catch let error as WorkingDays.OutOfRange {
                for id in local { values.noData(id, error.description) }
            }
        }
        try await setNational(&values, context)
        return values
    }

    /// The indicators, then the region's referrals by quarter and by LA in the 12 months to the
    /// last referral recorded by the day.
    public func reportSections(_ context: EvaluationContext) async throws -> [ReportSection] {
        let values = try await evaluate(context)
        let indicators = IndicatorSection.make(title: title, definitions: indicators, values: values, owner: context.region.id)
        // The 12 months to the last referral recorded by the day (records often lag the calendar).
        let known = try await ModernSlaveryRecords(store: context.store, region: context.region.id).referrals()
            .filter { $0.referredOn <= context.asOf }
        let from = (known.map(\.referredOn).max() ?? context.asOf).adding(days: -364)
        let records = known.filter { $0.referredOn >= from }
        let region = context.region
        let source = resolvedSettings(for: region, on: context.asOf)[Self.rgTargetDays]?.source ?? "national rule"
        do {
            return [indicators]
                + (try ReferralRegionReport.sections(
                    records, region: region, target: { self.resolvedSettings(for: region, on: $0).integer(Self.rgTargetDays) ?? 5 },
                    targetSource: source, on: context.asOf))
        } catch let error as WorkingDays.OutOfRange {
            return [
                indicators, ReportSection(title: "Referrals by quarter and LA", columns: [.init("why none")], rows: [[.text(error.description)]]),
            ]
        }
    }

    private func setNational(_ values: inout IndicatorValues, _ context: EvaluationContext) async throws {
        guard let referrals = try await context.published.nrm.referralCells(), !referrals.isEmpty else {
            values.noData("modern-slavery.uk-referrals", "the NRM referrals table is not imported")
            values.noData("modern-slavery.uk-rg-positive-rate", "the NRM tables are not imported")
            return
        }
        let day = context.asOf
        let quarters = Set(referrals.map { NRMNationalReport.quarterEnd($0.year, $0.quarter) }).filter { $0 <= day }
        if let quarter = quarters.max() {
            let people = referrals.filter { NRMNationalReport.quarterEnd($0.year, $0.quarter) == quarter }.reduce(0) { $0 + $1.people }
            values.set(
                "modern-slavery.uk-referrals", Double(people), asOf: quarter,
                source: "\(NRMNationalReport.source), quarter ending \(quarter); UK, no regional breakdown")
        } else {
            values.noData("modern-slavery.uk-referrals", "\(day) is before the first NRM quarter imported")
        }
        let decisions = try await context.published.nrm.decisionCells(stage: .reasonableGrounds) ?? []
        let years = Set(decisions.filter { NRMNationalReport.quarterEnd($0.year, $0.quarter) <= day }.map(\.year))
        if let year = years.max() {
            let cells = decisions.filter { $0.year == year && NRMNationalReport.quarterEnd($0.year, $0.quarter) <= day }
            let positive = cells.filter { $0.outcome == "positive" }.reduce(0) { $0 + $1.people }, total = cells.reduce(0) { $0 + $1.people }
            let last = cells.map(\.quarter).max() ?? 4
            if total > 0 {
                values.set(
                    "modern-slavery.uk-rg-positive-rate", Double(positive) / Double(total) * 100, asOf: NRMNationalReport.quarterEnd(year, last),
                    source: "\(NRMNationalReport.source), RG decisions \(year) Q1-Q\(last); UK, no regional breakdown")
            }
        } else {
            values.noData("modern-slavery.uk-rg-positive-rate", "no NRM decisions imported on or before \(day)")
        }
    }
}
