import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp uasc funding --region ID [--to DATE]`: an estimate of the Home Office contribution for
/// UASC in care, by LA and financial year.
struct UASCFundingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funding", abstract: "Estimate the Home Office UASC contribution: child-nights x the dated nightly rate, by financial year.")
    @OptionGroup var options: UASCOptions
    @Option(name: .customLong("to"), help: "Last night counted (YYYY-MM-DD); default: the last recorded count's quarter end.") var to: Day?
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await UASCContext(options)
        let counts = try await context.records.inCare()
        guard let last = counts.map(\.day).max() else {
            throw CommandError("no UASC-in-care counts are recorded for \(context.region.id); import them with 'smp uasc care import'")
        }
        let end = to ?? Quarter(containing: last).endDay
        let programme = context.programme, region = context.region
        var rates: [Day: Int?] = [:]
        let funding = UASCFunding(counts: counts, through: end) { day in
            if let cached = rates[day] { return cached }
            let rate = programme.resolvedSettings(for: region, on: day).integer(UASCTransferProgramme.nightlyRate)
            rates[day] = rate
            return rate
        }
        var rows: [[ReportCell]] = []
        for year in Set(funding.lines.map(\.year)).sorted() {
            let lines = funding.lines.filter { $0.year == year }
            rows += lines.map { line in
                [
                    .text(line.year.description), .text(context.name(line.laCode)), .text(line.laCode.rawValue), .count(line.nights),
                    .money(pence: line.pence), .count(line.uncosted),
                ]
            }
            rows.append([
                .text(year.description), .text("Region total"), .text(""), .count(lines.reduce(0) { $0 + $1.nights }),
                .money(pence: lines.reduce(0) { $0 + $1.pence }), .count(lines.reduce(0) { $0 + $1.uncosted }),
            ])
        }
        let source = programme.resolvedSettings(for: region, on: end)[UASCTransferProgramme.nightlyRate]?.source ?? "no rate in force"
        try output.emit(
            ReportSection(
                title: "\(region.name): estimated Home Office UASC contribution to \(end)",
                columns: [
                    .init("year"), .init("LA"), .init("code"), .init("child-nights", .right), .init("estimate", .right),
                    .init("nights with no rate", .right),
                ],
                rows: rows,
                notes: [
                    "Child-nights: each recorded count held until the LA's next count (or \(end)); an estimate, not a claim.",
                    "Rate per night: the dated national rate in force each night (\(source)). Nights before the first dated rate are counted "
                        + "but not costed.",
                    "Care leavers' rates are not included.",
                ] + SyntheticLabel.notes(for: counts.map(\.source))))
    }
}
