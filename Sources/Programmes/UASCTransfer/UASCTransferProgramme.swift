import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

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
    public static let rotaWeights = "rota-weights"
    public static let rotaPaused = "rota-paused"
    public static let nightlyRate = "funding-per-night"

    static let rcc = "Refugee Children's Consortium briefing, Aug 2017 (interim NTS protocol, 1 Jul 2016)"
    static let lga = "LGA briefing: threshold changed from 0.07% to 0.1% of child population on 24 Aug 2022"

    /// Made once: settings are resolved for every region and day asked about.
    public var settings: [SettingDefinition] { Self.definitions }

    private static let definitions: [SettingDefinition] = [
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
        SettingDefinition(
            key: Self.rotaWeights, title: "Rota weights as CODE=N pairs (an LA of weight 2 takes twice the share); default 1 each", kind: .text),
        SettingDefinition(
            key: Self.rotaPaused, title: "LAs the region has switched out of the rota for now (give the source)", kind: .localAuthorities),
    ]

    public var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(
                id: "uasc-nts.threshold", title: "Threshold (children) over upper-tier LAs", unit: .people,
                definition: "Sum over upper-tier LAs of child population x threshold rate in force", origin: .publishedAndPopulation),
            IndicatorDefinition(
                id: "uasc-nts.in-care", title: "UASC in care (local records)", unit: .people,
                definition: "Sum of each upper-tier LA's latest recorded count on or before the day", countsPeople: true, origin: .localRecords),
            IndicatorDefinition(
                id: "uasc-nts.in-care-share-of-threshold", title: "UASC in care as a share of the threshold", unit: .percent,
                definition: "UASC in care / threshold, over the upper-tier LAs with a record", origin: .localRecords),
            IndicatorDefinition(
                id: "uasc-nts.las-above-threshold", title: "Upper-tier LAs above the threshold", unit: .count,
                definition: "LAs whose recorded UASC exceed their threshold (may refer out)", origin: .localRecords),
            IndicatorDefinition(
                id: "uasc-nts.transfers-in", title: "Transfers into the region's LAs", unit: .people,
                definition: "NTS_01 transfers into LAs, quarter", countsPeople: true),
            IndicatorDefinition(
                id: "uasc-nts.transfers-out", title: "Transfers out of the region's LAs", unit: .people,
                definition: "NTS_01 transfers out of LAs, quarter", countsPeople: true),
            IndicatorDefinition(
                id: "uasc-nts.within-target", title: "Transfers completed within the target (working days)", unit: .percent,
                definition: "Local records: share of requests transferred on or before the day within the target in force when requested",
                origin: .localRecords),
        ]
    }

    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }

    public var publishedDatasets: [PublishedDataset] { [.nts] }
    public var schema: SchemaPart? { UASCSchema.part }
    public var commands: [any ParsableCommand.Type] { [UASCCommand.self] }
    public var recordImports: [RecordImport] { [Self.careImport, Self.requestImport] }

    /// The threshold and local records against it, NTS_01 transfers in the latest quarter on or
    /// before the day, and the share of recorded transfers within target.
    public func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        var values = IndicatorValues()
        let records = UASCRecords(store: context.store, region: context.region.id)
        do {
            let position = try await UASCPosition(region: context.region, day: context.asOf, records: records, published: context.published)
            values.set(
                "uasc-nts.threshold", position.thresholdTotal, asOf: ONSMidYear2019.referenceDay,
                source: "\(position.rateSource ?? "national threshold rate"), the rate in force on \(context.asOf); children "
                    + context.region.populationVintages.joined(separator: "; "))
            let recorded = position.lines.filter { $0.inCare != nil }
            if let total = position.inCareTotal, let latest = recorded.compactMap(\.inCare?.day).max() {
                let sources = Set(recorded.compactMap(\.inCare?.source)).sorted().joined(separator: "; ")
                let source = "the partnership's records (\(sources)), \(recorded.count) of \(position.lines.count) upper-tier LAs"
                values.set("uasc-nts.in-care", Double(total), asOf: latest, source: source)
                let threshold = recorded.reduce(0.0) { $0 + $1.threshold.children }
                if threshold > 0 { values.set("uasc-nts.in-care-share-of-threshold", Double(total) / threshold * 100, asOf: latest, source: source) }
                values.set("uasc-nts.las-above-threshold", Double(recorded.filter { $0.status == .above }.count), asOf: latest, source: source)
            } else {
                for id in ["uasc-nts.in-care", "uasc-nts.in-care-share-of-threshold", "uasc-nts.las-above-threshold"] {
                    values.noData(id, "no UASC-in-care records on or before \(context.asOf) ('smp uasc care import')")
                }
            }
        } catch let error as UASCError {
            for id in ["uasc-nts.threshold", "uasc-nts.in-care", "uasc-nts.in-care-share-of-threshold", "uasc-nts.las-above-threshold"] {
                values.noData(id, error.description)
            }
        }
        try await setTransfers(&values, context)
        try await setTimeliness(&values, context, records: records)
        return values
    }

    /// The indicators, then every upper-tier LA against the threshold in force on the day.
    public func reportSections(_ context: EvaluationContext) async throws -> [ReportSection] {
        let values = try await evaluate(context)
        var sections = [IndicatorSection.make(title: title, definitions: indicators, values: values, owner: context.region.id)]
        do {
            let records = UASCRecords(store: context.store, region: context.region.id)
            sections.append(
                try await UASCPosition(region: context.region, day: context.asOf, records: records, published: context.published).statusSection)
        } catch let error as UASCError {
            sections.append(
                ReportSection(title: title, columns: [.init("programme"), .init("state")], rows: [[.text(id.rawValue), .noData(error.description)]]))
        }
        return sections
    }

    private func setTransfers(_ values: inout IndicatorValues, _ context: EvaluationContext) async throws {
        // NTS_01 names Scotland's and Northern Ireland's LAs without ONS codes: they are kept by name
        // and cannot be matched to an area, so such an area has no figure rather than a false zero.
        let uncoded = context.region.localAuthorities.filter { !LocalAuthorityDirectory.covers($0.code) }
        if !uncoded.isEmpty && uncoded.count == context.region.localAuthorities.count {
            for id in ["uasc-nts.transfers-in", "uasc-nts.transfers-out"] {
                values.noData(id, "NTS_01 names Scotland's and Northern Ireland's LAs without ONS codes, so they are not matched to an area")
            }
            return
        }
        let latest = try await context.published.nts.latestQuarter(in: context.region.codesForRegionalTotals, onOrBefore: context.asOf, vintage: nil)
        guard let first = latest.first, let last = latest.last else {
            for id in ["uasc-nts.transfers-in", "uasc-nts.transfers-out"] {
                values.noData(id, "Home Office NTS_01 has no rows for the region's LAs (import it with 'smp import nts FILE')")
            }
            return
        }
        guard let quarter = latest.quarter else {
            for id in ["uasc-nts.transfers-in", "uasc-nts.transfers-out"] {
                values.noData(id, "\(context.asOf) is before NTS_01's first quarter (\(first)); the imported table covers \(first) to \(last)")
            }
            return
        }
        let here = latest.rows
        var source = "Home Office NTS_01, quarter ending \(quarter), the area's LAs named in the table"
        if !uncoded.isEmpty { source += "; England and Wales LAs only (NTS_01 names Scottish and NI LAs without codes)" }
        if quarter < Quarter(containing: context.asOf).endDay && quarter == last {
            source += "; the latest quarter imported (the table ends at \(last))"
        }
        values.set("uasc-nts.transfers-in", Double(here.reduce(0) { $0 + $1.transfersIn }), asOf: quarter, source: source)
        values.set("uasc-nts.transfers-out", Double(here.reduce(0) { $0 + $1.transfersOut }), asOf: quarter, source: source)
    }

    private func setTimeliness(_ values: inout IndicatorValues, _ context: EvaluationContext, records: UASCRecords) async throws {
        let requests = try await context.localRecords { try await records.requests() }.filter {
            ($0.transfer?.on).map { $0 <= context.asOf } ?? false
        }
        guard !requests.isEmpty else {
            values.noData("uasc-nts.within-target", "no transfers in the partnership's records on or before \(context.asOf)")
            return
        }
        let region = context.region
        do {
            let timeliness = try TransferTimeliness(requests: requests, calendar: .englandAndWales) { day in
                self.resolvedSettings(for: region, on: day).integer(Self.transferTargetDays) ?? 10
            }
            guard let share = timeliness.region.share else { return }
            let sources = Set(requests.map(\.source)).sorted().joined(separator: "; ")
            values.set(
                "uasc-nts.within-target", share * 100, asOf: requests.compactMap(\.transfer?.on).max(),
                source: "the partnership's records (\(sources)); \(timeliness.region.transfers) transfers; working days, England and Wales")
        } catch let error as WorkingDays.OutOfRange {
            values.noData("uasc-nts.within-target", error.description)
        }
    }
}
