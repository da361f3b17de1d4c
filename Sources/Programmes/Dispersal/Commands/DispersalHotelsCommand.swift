import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import PublishedStatistics
import Reporting

/// `smp dispersal hotels --region ID`: people in contingency accommodation (hotels and other),
/// every support type, for the region quarter by quarter and per LA at the latest quarter, from
/// Asy_D11. Hotel use is what partnerships were asked about most in 2023-24.
struct DispersalHotelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotels", abstract: "Contingency accommodation (hotels and other) per quarter for the region, and per LA.")
    @OptionGroup var options: DispersalOptions
    @Option(name: .long, help: "Quarters to show, most recent last (default 8; 0 = every quarter).") var quarters: Int = 8
    @OptionGroup var output: FormatOption

    static let hotels = CountBasis(terms: AsylumSupportType.allCases.map { .init(support: $0, accommodation: [.hotel]) }, rawValue: "hotels")
    static let otherContingency = CountBasis(
        terms: AsylumSupportType.allCases.map { .init(support: $0, accommodation: [.contingencyOther]) }, rawValue: "contingency-other")

    func validate() throws {
        guard (0...200).contains(quarters) else { throw ValidationError("--quarters must be 0 to 200, not \(quarters)") }
    }

    func run() async throws {
        let context = try await options.position(.history)
        let region = context.region
        let codes = Set(region.lowerTier.map(\.code))
        let read = try await context.figures.counts(on: [Self.hotels, Self.otherContingency, .allSupported], from: nil, through: nil)
        let hotel = read[0], other = read[1], all = read[2]
        func total(_ counts: [Day: [ONSCode: Int]], _ day: Day, _ only: Set<ONSCode>) -> Int {
            (counts[day] ?? [:]).filter { only.contains($0.key) }.reduce(0) { $0 + $1.value }
        }
        let shown = context.snapshots
        let days = quarters == 0 ? shown : Array(shown.suffix(quarters))
        let source = context.figures.source
        let trend = ReportSection(
            title: "\(region.name): people in contingency accommodation by quarter (every support type)",
            columns: [
                .init("quarter end"), .init("hotels", .right), .init("other contingency", .right), .init("all supported", .right),
                .init("in contingency %", .right),
            ],
            rows: days.map { day in
                let h = total(hotel, day, codes), o = total(other, day, codes), a = total(all, day, codes)
                return [
                    .date(day), ReportCell(.count(h), source: source, asOf: day), ReportCell(.count(o), source: source, asOf: day),
                    ReportCell(.count(a), source: source, asOf: day),
                    a > 0 ? .percentage(Double(h + o) / Double(a) * 100) : .noData("nobody supported in the region"),
                ]
            },
            charts: [
                .line(
                    title: "\(region.name): people in contingency hotels per quarter end",
                    points: days.map { ReportChart.Point(label: $0.description, value: Double(total(hotel, $0, codes))) }, reference: nil,
                    referenceLabel: nil, marks: [:])
            ])
        let year = shown.count >= 5 ? shown[shown.count - 5] : nil
        let perLA = ReportSection(
            title: "Per LA at \(context.snapshot)",
            columns: [
                .init("LA"), .init("code"), .init("hotels", .right), .init("other contingency", .right),
                .init(year.map { "hotels at \($0)" } ?? "a year earlier", .right), .init("change", .right),
            ],
            rows: region.lowerTier.sorted { $0.name < $1.name }.map { la in
                let now = hotel[context.snapshot]?[la.code] ?? 0
                let before = year.map { hotel[$0]?[la.code] ?? 0 }
                return [
                    .text(la.name), .text(la.code.rawValue), .count(now), .count(other[context.snapshot]?[la.code] ?? 0),
                    before.map { .count($0) } ?? .noData("no quarter a year earlier"), before.map { .count(now - $0) } ?? .noData(""),
                ]
            })
        try output.emit(
            Report(
                title: "Contingency accommodation: \(region.name)", sections: [trend, perLA],
                notes: [
                    "Source: \(source); Asy_D11 accommodation types 'Contingency Accommodation - Hotel' and '- Other', Section 95, 4 and 98.",
                    (hotel.keys.min() ?? other.keys.min()).map { "This Asy_D11 release first publishes contingency accommodation at \($0)." }
                        ?? "This Asy_D11 release publishes no contingency accommodation.",
                ]))
    }
}
