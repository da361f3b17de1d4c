import PartnershipCore
import PublishedStatistics
import Reporting

/// The published side of the NTS for a region: NTS_01 transfers into and out of its LAs, and
/// from a port or intake unit, per quarter, with the region's totals and their trend.
public struct NTSTransfersView: Sendable {
    public let region: Region
    public let rows: [NTSQuery.Transfers]
    public let quarters: [Day]
    /// The whole range the imported table covers, for messages about dates outside it.
    public let imported: ClosedRange<Day>?

    /// The region's rows between the dates (inclusive), from the latest imported NTS_01.
    public init(region: Region, published: PublishedData, from: Day?, to: Day?) async throws {
        let all = try await published.nts.transfers(in: region.codesForRegionalTotals, vintage: nil)
        let days = all.map(\.quarterEnd)
        imported = days.min().flatMap { first in days.max().map { first...$0 } }
        rows = all.filter { row in (from.map { row.quarterEnd >= $0 } ?? true) && (to.map { row.quarterEnd <= $0 } ?? true) }
        quarters = Array(Set(rows.map(\.quarterEnd))).sorted()
        self.region = region
    }

    public struct Totals: Sendable, Hashable {
        public var into = 0, out = 0, fromPort = 0, ableToParticipate = 0, listed = 0
    }

    public func totals(on quarter: Day) -> Totals {
        var totals = Totals()
        for row in rows where row.quarterEnd == quarter {
            totals.into += row.transfersIn
            totals.out += row.transfersOut
            totals.fromPort += row.transfersInFromPort
            totals.listed += 1
            if row.ableToParticipate?.lowercased() == "yes" { totals.ableToParticipate += 1 }
        }
        return totals
    }

    static let source = "Home Office NTS_01 (UKVI transparency data)"

    /// Region totals per quarter with the change in transfers in from the quarter before.
    public var quarterSection: ReportSection {
        var previous: Int?
        let owner = region.id
        let lines: [[ReportCell]] = quarters.map { quarter in
            let t = totals(on: quarter)
            let change: ReportCell = previous.map { .text(Self.signed(t.into - $0)) } ?? .text("")
            previous = t.into
            return [
                .date(quarter), ReportCell(.people(t.into), source: Self.source, asOf: quarter, owner: owner), .people(t.out, owner: owner),
                .people(t.fromPort, owner: owner), change, .text("\(t.ableToParticipate) of \(t.listed)"),
            ]
        }
        return ReportSection(
            title: "\(region.name): NTS transfers per quarter (region total)",
            columns: [
                .init("quarter end"), .init("in", .right), .init("out", .right), .init("in from port", .right), .init("change in", .right),
                .init("LAs able to participate"),
            ],
            rows: lines, notes: notes)
    }

    /// Each LA over the range: totals, and transfers in over the first and second half of the range.
    public var authoritySection: ReportSection {
        let half = quarters.count / 2
        let early = Set(quarters.prefix(half)), late = Set(quarters.suffix(quarters.count - half))
        let owner = region.id
        let byLA = Dictionary(grouping: rows) { $0.laCode?.rawValue ?? $0.laName }
        let listed = region.localAuthorities.map { ($0.code, $0.name) }
        let historic = Set(region.codesForRegionalTotals).subtracting(region.localAuthorities.map(\.code)).sorted { $0.rawValue < $1.rawValue }
            .map { code in (code, (byLA[code.rawValue]?.first?.laName ?? code.rawValue) + " (since reorganised; in the region's totals)") }
        let lines: [[ReportCell]] = (listed + historic).compactMap { code, name in
            guard let list = byLA[code.rawValue] else { return nil }
            let inEarly = list.filter { early.contains($0.quarterEnd) }.reduce(0) { $0 + $1.transfersIn }
            let inLate = list.filter { late.contains($0.quarterEnd) }.reduce(0) { $0 + $1.transfersIn }
            let latest = list.max { $0.quarterEnd < $1.quarterEnd }
            return [
                .text(name), .text(code.rawValue), .people(list.reduce(0) { $0 + $1.transfersIn }, owner: owner),
                .people(list.reduce(0) { $0 + $1.transfersOut }, owner: owner), .people(list.reduce(0) { $0 + $1.transfersInFromPort }, owner: owner),
                .text(half > 0 ? "\(inEarly) -> \(inLate)" : ""), .text(latest?.ableToParticipate ?? "-"),
            ]
        }
        return ReportSection(
            title: "\(region.name): NTS transfers per LA, \(quarters.first?.description ?? "-") to \(quarters.last?.description ?? "-")",
            columns: [
                .init("LA"), .init("code"), .init("in", .right), .init("out", .right), .init("in from port", .right),
                .init("in: first half -> second half"), .init("able to participate (latest)"),
            ],
            rows: lines, notes: notes)
    }

    var notes: [String] {
        [
            "Source: \(Self.source), quarters ending \(quarters.first?.description ?? "-") to \(quarters.last?.description ?? "-"); LAs matched to "
                + "the region by name (NTS_01 has no codes).",
            "Counts of 1 to 4 are shown as <5 outside \(region.id).",
        ]
    }

    static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}
