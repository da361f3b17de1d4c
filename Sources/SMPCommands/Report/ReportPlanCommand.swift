import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipReports
import Reporting

/// `smp report plan --region ID --year 2018-19`: the business-plan tracker with RAG statuses.
struct ReportPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "The business-plan tracker: every objective, outcome and action, with its status and RAG.")
    @Option(name: .long, help: "Region module id (e.g. east-midlands).") var region: String
    @Option(name: .long, help: "The plan's financial year (e.g. 2018-19).") var year: FinancialYear
    @Option(name: .customLong("as-of"), help: "Day the RAG is judged on (default today).") var asOf: Day?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let module = try ReportRegion.active(region, regions)
        let plan = try ReportRegion.plan(year, of: module)
        let day = asOf ?? DayArgument.today()
        let updates = try await PlanUpdates(store: try await database.openWithData()).latest(region: module.id, year: year, on: day)
        let lines = PlanTracker.lines(plan, updates: updates, on: day)
        try output.emit(Report(title: nil, sections: [PlanTracker.section(plan, region: module, lines: lines, on: day)], notes: []))
    }
}
