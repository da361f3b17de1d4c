import PartnershipCore
import PublishedStatistics
import Reporting

/// Each upper-tier LA of a region on a day: its child population and threshold on both lines,
/// UASC in care from the region's records, headroom and status, and whether NTS_01 last published
/// it as able to participate. The one computation behind `uasc status`, `uasc next` and the indicators.
public struct UASCPosition: Sendable {
    public struct Line: Sendable {
        public let authority: LocalAuthority
        /// The threshold in force on the day.
        public let threshold: UASCThreshold
        /// The 0.07% funding line.
        public let fundingLine: UASCThreshold
        public let inCare: InCareCount?
        public let published: NTSQuery.Transfers?

        public var status: UASCThresholdStatus? { inCare.map { threshold.status(of: $0.children) } }
        /// nil when NTS_01 has no row for the LA; false only where it says "No".
        public var ableToParticipate: Bool? { published?.ableToParticipate.map { $0.lowercased() == "yes" } }
    }

    public let region: Region
    public let day: Day
    public let rate: Double
    public let rateSource: String?
    public let fundingRate: Double
    public let lines: [Line]
    /// The latest NTS_01 quarter on or before the day, if any.
    public let publishedQuarter: Day?

    public init(region: Region, day: Day, records: UASCRecords, published: PublishedData) async throws {
        let settings = UASCTransferProgramme().resolvedSettings(for: region, on: day)
        guard let rate = settings.number(UASCTransferProgramme.thresholdRate) else {
            throw UASCError("no NTS threshold in force on \(day): the scheme began on \(RequestFile.schemeStart)")
        }
        let fundingRate = settings.number(UASCTransferProgramme.fundingThresholdRate) ?? 0.0007
        // An area without a module has no records that count (its local-records cells are blank).
        let inCare = region.coverage.holdsLocalRecords ? try await records.inCare(asOf: day) : [:]
        let nts = try await published.nts.latestQuarter(in: region.upperTier.map(\.code), onOrBefore: day, vintage: nil)
        let quarter = nts.quarter
        var latest: [ONSCode: NTSQuery.Transfers] = [:]
        for row in nts.rows { if let code = row.laCode { latest[code] = row } }
        self.region = region
        self.day = day
        self.rate = rate
        rateSource = settings[UASCTransferProgramme.thresholdRate]?.source
        self.fundingRate = fundingRate
        publishedQuarter = quarter
        lines = region.upperTier.map { la in
            Line(
                authority: la, threshold: UASCThreshold(childPopulation: la.childPopulation, rate: rate),
                fundingLine: UASCThreshold(childPopulation: la.childPopulation, rate: fundingRate), inCare: inCare[la.code],
                published: latest[la.code])
        }
    }

    public var inCareTotal: Int? {
        let known = lines.compactMap(\.inCare)
        return known.isEmpty ? nil : known.reduce(0) { $0 + $1.children }
    }

    public var thresholdTotal: Double { lines.reduce(0) { $0 + $1.threshold.children } }

    static func percent(_ rate: Double) -> String {
        "\(Double(Int((rate * 10_000).rounded())) / 100)%"
    }

    /// The `uasc status` table.
    public var statusSection: ReportSection {
        let owner = region.id
        let rows: [[ReportCell]] = lines.map { line in
            let status = line.status
            let participation: ReportCell =
                switch line.ableToParticipate {
                case true?: .text("yes")
                case false?: .text("no")
                case nil: .noData(publishedQuarter == nil ? "NTS_01 not imported or no quarter by \(day)" : "not in NTS_01 at \(publishedQuarter!)")
                }
            return [
                .text(line.authority.name), .text(line.authority.code.rawValue), .count(line.authority.childPopulation),
                .text(UASCFormat.children(line.fundingLine.children)),
                .text(UASCFormat.children(UASCThreshold(childPopulation: line.authority.childPopulation, rate: 0.001).children)),
                .text(UASCFormat.children(line.threshold.children)),
                line.inCare.map { ReportCell(.people($0.children), asOf: $0.day, owner: owner) }
                    ?? .noData("no UASC-in-care record on or before \(day)"),
                line.inCare.map { .count(line.threshold.headroom(for: $0.children)) } ?? .noData("no record"),
                status.map { .text($0.rawValue) } ?? .noData("no record"),
                status.map { .text($0.mayReferOut ? "may refer out" : $0.mayReceive ? "may receive" : "neither") } ?? .noData("no record"),
                participation,
            ]
        }
        let sources = Set(lines.compactMap(\.inCare?.source)).sorted()
        return ReportSection(
            title: "\(region.name): UASC against the NTS threshold on \(day)",
            columns: [
                .init("LA"), .init("code"), .init("children 0-17", .right), .init("at 0.07%", .right), .init("at 0.1%", .right),
                .init("in force", .right),
                .init("UASC in care", .right), .init("headroom", .right), .init("status"), .init("NTS role"), .init("NTS participation"),
            ],
            rows: rows,
            notes: [
                "Threshold in force on \(day): \(Self.percent(rate)) of children 0-17 (\(rateSource ?? "national rule")); headroom and status are "
                    + "against it. The 0.07% line is shown throughout because Home Office funding still uses it.",
                "Rounding: a threshold is exact (children x rate, shown to 2 decimals); an LA is above it when its UASC exceed the exact value, "
                    + "at it when it holds the whole part (e.g. 22 of 22.96), below otherwise; only an LA below may receive.",
                "Upper-tier LAs only (counties, unitaries, metropolitan districts, London boroughs): districts have no children's services.",
                "Child population: \(region.populationVintages.joined(separator: "; ")) from the region module.",
                "UASC in care: the region's own records" + (sources.isEmpty ? " (none recorded)." : " (\(sources.joined(separator: "; "))).")
                    + (sources.contains { $0.lowercased().contains("synthetic") } ? " SYNTHETIC records: not real figures." : ""),
                "NTS participation: Home Office NTS_01 'Able to participate in the NTS?'"
                    + (publishedQuarter.map { ", quarter ending \($0)." } ?? ": no quarter on or before \(day) imported."),
            ])
    }
}

/// A UASC command or computation that cannot go on, with what to do.
public struct UASCError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
