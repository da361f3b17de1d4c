import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipReports
import Reporting

/// `smp report grant --region ID --year 2018-19 --kind annual|half-year`.
struct ReportGrantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant", abstract: "The grant report: activity against objectives, size of business and finance.")
    @Option(name: .long, help: "Region module id (e.g. east-midlands).") var region: String
    @Option(name: .long, help: "Financial year (e.g. 2018-19).") var year: FinancialYear
    @Option(name: .long, help: "annual (to 31 March) or half-year (to 30 September).") var kind: GrantReport.Kind = .annual
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let module = try ReportRegion.active(region, regions)
        let report = try await GrantReport.build(
            region: module, year: year, kind: kind, registry: try Console.registry().platform, store: try await database.openWithData(),
            logger: Console.logger)
        try output.emit(report.suppressingSmallCounts(for: .region(module.id)))
    }
}

extension GrantReport.Kind: ExpressibleByArgument {}
