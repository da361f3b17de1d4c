import ArgumentParser
import CommandLineKit
import PartnershipCore
import PublishedStatistics
import Reporting

/// `smp modern-slavery region --region ID [--from DATE] [--to DATE]`: the region's referrals per
/// quarter and per LA, decisions, timeliness, from its own records.
struct RegionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region", abstract: "The region's referrals by quarter and LA: type, age, decisions, RG within target, median days.")
    @Option(name: .long, help: "Region module id.") var region: String
    @Option(name: .long, help: "First referral day (YYYY-MM-DD).") var from: Day?
    @Option(name: .long, help: "Last referral day (YYYY-MM-DD).") var to: Day?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var viewer: ViewerOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await ModernSlaveryContext(region: region, regions: regions, database: database)
        let all = try await context.records.referrals()
        let records = all.filter { r in (from.map { r.referredOn >= $0 } ?? true) && (to.map { r.referredOn <= $0 } ?? true) }
        guard !records.isEmpty else {
            throw CommandError(
                all.isEmpty
                    ? "no referrals are recorded for \(context.region.id); import them with 'smp modern-slavery referral import'"
                    : "no referrals between \(from?.description ?? "the first") and \(to?.description ?? "the last"); the records run from "
                        + "\(all.first!.referredOn) to \(all.last!.referredOn)")
        }
        let today = DayArgument.today()
        let sections: [ReportSection]
        do {
            sections = try ReferralRegionReport.sections(
                records, region: context.region, target: context.target, targetSource: context.targetSource(today), on: today)
        } catch let error as WorkingDays.OutOfRange {
            throw CommandError(error.description)
        }
        try output.emit(
            Report(
                title: "\(context.region.name): modern slavery referrals", sections: sections
            ).suppressingSmallCounts(for: viewer.audience(for: context.region.id)))
    }
}
