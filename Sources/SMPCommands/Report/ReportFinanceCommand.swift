import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipReports
import Reporting

/// `smp report finance --region ID --year 2018-19`: income against expenditure by line, with
/// every total that does not add up flagged.
struct ReportFinanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finance", abstract: "Income against expenditure by line; totals that do not add up are flagged.")
    @Option(name: .long, help: "Region module id (e.g. east-midlands).") var region: String
    @Option(name: .long, help: "Financial year (e.g. 2018-19).") var year: FinancialYear
    @OptionGroup var regions: RegionsOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let module = try ReportRegion.active(region, regions)
        guard let statement = module.finances.first(where: { $0.year == year }) else {
            let years = module.finances.map(\.year.description)
            throw CommandError(
                "\(module.id) has no finance statement for \(year)"
                    + (years.isEmpty ? " (its module has none)" : "; it has: \(years.joined(separator: ", "))"))
        }
        try output.emit(Report(FinanceReport.section(statement, region: module)))
    }
}
