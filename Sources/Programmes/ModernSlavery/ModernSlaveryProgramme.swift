import CommandLineKit
import PartnershipCore
import ProgrammeKit
import PublishedStatistics

/// Anti-slavery partnership work: National Referral Mechanism referrals and decisions.
public struct ModernSlaveryProgramme: CLIProgramme {
    public init() {}

    public let id: ProgrammeID = "modern-slavery"
    public let title = "Modern slavery (NRM)"
    public let summary = "NRM referrals by exploitation type and age group, reasonable- and conclusive-grounds decisions and time to decision."

    public static let rgTargetDays = "rg-target-working-days"
    public static let recoveryDays = "recovery-period-days"

    public var settings: [SettingDefinition] {
        [
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
    }

    public var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(
                id: "modern-slavery.referrals", title: "NRM referrals", unit: .people, definition: "Referrals in the quarter", countsPeople: true),
            IndicatorDefinition(
                id: "modern-slavery.rg-positive-rate", title: "Positive reasonable-grounds decisions", unit: .percent,
                definition: "Positive RG / all RG decisions"),
            IndicatorDefinition(
                id: "modern-slavery.cg-positive-rate", title: "Positive conclusive-grounds decisions", unit: .percent,
                definition: "Positive CG / all CG decisions"),
        ]
    }

    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }
    public var publishedDatasets: [PublishedDataset] { [.nrm] }

    /// The Home Office NRM tables are UK-wide, with no breakdown by region or LA, and no local
    /// referral records exist yet: every regional indicator says so rather than showing a figure.
    public func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        unavailable("no regional figure: the Home Office NRM tables are published for the UK only, and no local referral records are kept yet")
    }
}
