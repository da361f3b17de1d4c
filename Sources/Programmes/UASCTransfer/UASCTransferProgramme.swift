import CommandLineKit
import PartnershipCore
import ProgrammeKit
import PublishedStatistics

/// The National Transfer Scheme for unaccompanied asylum-seeking children: each upper-tier LA
/// against the threshold share of its child population, transfers in and out, the regional rota.
public struct UASCTransferProgramme: CLIProgramme {
    public init() {}

    public let id: ProgrammeID = "uasc-nts"
    public let title = "UASC National Transfer Scheme"
    public let summary =
        "Unaccompanied children per upper-tier LA against the NTS threshold (0.07% of child population, 0.1% from 24 Aug 2022), transfers "
        + "and the regional rota."

    public static let thresholdRate = "threshold-rate"
    public static let fundingThresholdRate = "funding-threshold-rate"
    public static let transferTargetDays = "transfer-target-working-days"
    public static let rota = "rota"
    public static let nightlyRate = "funding-per-night"

    static let rcc = "Refugee Children's Consortium briefing, Aug 2017 (interim NTS protocol, 1 Jul 2016)"
    static let lga = "LGA briefing: threshold changed from 0.07% to 0.1% of child population on 24 Aug 2022"

    public var settings: [SettingDefinition] {
        [
            SettingDefinition(
                key: Self.thresholdRate, title: "UASC as a share of child population above which an LA may refer out", kind: .number(0...0.01),
                national: [
                    DatedValue(.number(0.0007), from: Day(year: 2016, month: 7, day: 1)!, to: Day(year: 2022, month: 8, day: 23)!, source: Self.rcc),
                    DatedValue(.number(0.001), from: Day(year: 2022, month: 8, day: 24)!, source: Self.lga),
                ], regionMayOverride: false),
            SettingDefinition(
                key: Self.fundingThresholdRate, title: "Share of child population above which higher funding applies", kind: .number(0...0.01),
                national: [
                    DatedValue(.number(0.0007), from: Day(year: 2016, month: 7, day: 1)!, source: Self.lga + "; the 0.07% funding line still applies")
                ],
                regionMayOverride: false),
            SettingDefinition(
                key: Self.nightlyRate, title: "Home Office contribution per UASC per night", kind: .integer(0...10_000), unit: "£",
                national: [
                    DatedValue(
                        .integer(114), from: Day(year: 2019, month: 4, day: 1)!,
                        source: "Home Office UASC funding from 1 Apr 2019 (willispalmer.com summary)")
                ],
                regionMayOverride: false),
            SettingDefinition(
                key: Self.transferTargetDays, title: "Working days within which a transfer should complete", kind: .integer(1...60),
                unit: "working days",
                national: [
                    DatedValue(
                        .integer(10), from: Day(year: 2021, month: 12, day: 14)!,
                        source: "NTS statutory guidance as summarised by the North West RSMP (protocol version of 14 Dec 2021 assumed)")
                ]),
            SettingDefinition(key: Self.rota, title: "Regional rota: LAs in the order they take the next transfer", kind: .localAuthorities),
        ]
    }

    public var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(
                id: "uasc-nts.threshold", title: "Threshold (children) over upper-tier LAs", unit: .people,
                definition: "Sum over upper-tier LAs of child population x threshold rate"),
            IndicatorDefinition(
                id: "uasc-nts.transfers-in", title: "Transfers into the region's LAs", unit: .people,
                definition: "NTS_01 transfers into LAs, quarter", countsPeople: true),
            IndicatorDefinition(
                id: "uasc-nts.transfers-out", title: "Transfers out of the region's LAs", unit: .people,
                definition: "NTS_01 transfers out of LAs, quarter", countsPeople: true),
        ]
    }

    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }

    public var publishedDatasets: [PublishedDataset] { [.nts] }

    /// The threshold over upper-tier LAs from the region module's child populations, and transfers
    /// into and out of the region's LAs in the latest NTS_01 quarter on or before the day.
    public func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        var values = IndicatorValues()
        if let rate = context.settings.number(Self.thresholdRate) {
            let threshold = context.region.upperTier.reduce(0.0) { $0 + Double($1.childPopulation) * rate }
            values.set("uasc-nts.threshold", threshold, asOf: nil, source: context.settings[Self.thresholdRate]?.source)
        } else {
            values.noData("uasc-nts.threshold", "no threshold in force on \(context.asOf)")
        }
        let transfers = try await context.published.nts.transfers(in: context.region.localAuthorities.map(\.code), vintage: nil)
        guard let quarter = transfers.map(\.quarterEnd).filter({ $0 <= context.asOf }).max() else {
            let reason =
                transfers.isEmpty
                ? "Home Office NTS_01 has no rows for the region's LAs (import it with 'smp import nts FILE')"
                : "no NTS_01 quarter on or before \(context.asOf)"
            values.noData("uasc-nts.transfers-in", reason)
            values.noData("uasc-nts.transfers-out", reason)
            return values
        }
        let here = transfers.filter { $0.quarterEnd == quarter }
        let source = "Home Office NTS_01, quarter ending \(quarter), LAs of \(context.region.id) named in the table"
        values.set("uasc-nts.transfers-in", Double(here.reduce(0) { $0 + $1.transfersIn }), asOf: quarter, source: source)
        values.set("uasc-nts.transfers-out", Double(here.reduce(0) { $0 + $1.transfersOut }), asOf: quarter, source: source)
        return values
    }
}
