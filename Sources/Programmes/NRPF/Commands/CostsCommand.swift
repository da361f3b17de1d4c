import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp nrpf costs --region ID [--as-of DATE]`: costs by financial year and LA.
struct CostsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "costs", abstract: "Costs accrued by day, split by financial year (April-March), per LA and for the region.")
    @OptionGroup var options: NRPFOptions
    @Option(name: .customLong("as-of"), help: "Last day counted (YYYY-MM-DD); default today.") var asOf: Day?
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await NRPFContext(options)
        let day = asOf ?? DayArgument.today()
        let cases = try await context.records.cases()
        var totals: [String: (year: FinancialYear, code: ONSCode, days: Int, accommodation: Int, subsistence: Int)] = [:]
        for item in cases {
            for line in NRPFCosts.lines(for: item, through: day) {
                let key = "\(line.year)|\(item.laCode)"
                var entry = totals[key] ?? (line.year, item.laCode, 0, 0, 0)
                entry.days += line.days
                entry.accommodation += line.accommodationPence
                entry.subsistence += line.subsistencePence
                totals[key] = entry
            }
        }
        var rows: [[ReportCell]] = []
        for year in Set(totals.values.map(\.year)).sorted() {
            let lines = totals.values.filter { $0.year == year }.sorted { $0.code.rawValue < $1.code.rawValue }
            for line in lines {
                rows.append([
                    .text(year.description), .text(context.name(line.code)), .count(line.days), .money(pence: line.accommodation),
                    .money(pence: line.subsistence), .money(pence: line.accommodation + line.subsistence),
                ])
            }
            let a = lines.reduce(0) { $0 + $1.accommodation }, s = lines.reduce(0) { $0 + $1.subsistence }
            rows.append([
                .text(year.description), .text("Region total"), .count(lines.reduce(0) { $0 + $1.days }), .money(pence: a), .money(pence: s),
                .money(pence: a + s),
            ])
        }
        try output.emit(
            ReportSection(
                title: "\(context.region.name): NRPF costs by financial year, to \(day)",
                columns: [
                    .init("year"), .init("LA"), .init("household-days", .right), .init("accommodation", .right), .init("subsistence", .right),
                    .init("total", .right),
                ],
                rows: rows,
                notes: [
                    "Accrued by day at the weekly figures / 7; a case open at 31 March is split between the two years; each case-year rounded to "
                        + "the penny once. The council's own figures."
                ] + SyntheticLabel.notes(for: cases.map(\.source))))
    }
}
