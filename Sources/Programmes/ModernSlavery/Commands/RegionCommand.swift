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
        let owner = context.region.id
        func people(_ n: Int) -> ReportCell { .people(n, owner: owner) }
        func percent(_ value: Double?) -> ReportCell { value.map { .percentage($0) } ?? .noData("no decisions") }

        let quarters = Dictionary(grouping: records) { Quarter(containing: $0.referredOn).endDay }
        var quarterRows: [[ReportCell]] = []
        for quarter in quarters.keys.sorted() {
            let k = try context.kpis(quarters[quarter]!)
            quarterRows.append([
                .text(Quarter(containing: quarter).description), people(k.referrals), people(k.byAge[.adult] ?? 0), people(k.byAge[.child] ?? 0),
                people(k.byAge[.notKnown] ?? 0), people(k.dutyToNotify), people(k.rgDecisions),
                percent(ReferralKPIs.share(k.rgPositive, k.rgDecisions)), percent(ReferralKPIs.share(k.rgWithinTarget, k.rgDecisions)),
                people(k.cgDecisions), percent(ReferralKPIs.share(k.cgPositive, k.cgDecisions)),
            ])
        }
        let types = ExploitationType.allCases
        func laRow(_ label: String, _ code: String, _ k: ReferralKPIs) -> [ReportCell] {
            [.text(label), .text(code), people(k.referrals)] + types.map { people(k.byType[$0] ?? 0) } + [
                people(k.dutyToNotify), percent(ReferralKPIs.share(k.rgPositive, k.rgDecisions)),
                percent(ReferralKPIs.share(k.rgWithinTarget, k.rgDecisions)),
                ReferralKPIs.median(k.daysToRG).map { .count($0) } ?? .noData("no decisions"),
                ReferralKPIs.median(k.daysRGToCG).map { .count($0) } ?? .noData("no decisions"),
            ]
        }
        let byLA = Dictionary(grouping: records, by: \.laCode)
        var laRows: [[ReportCell]] = []
        for la in context.region.localAuthorities where byLA[la.code] != nil {
            laRows.append(laRow(la.name, la.code.rawValue, try context.kpis(byLA[la.code]!)))
        }
        laRows.append(laRow("Region", "", try context.kpis(records)))
        let today = DayArgument.today()
        let targetSource =
            context.programme.resolvedSettings(for: context.region, on: today)[ModernSlaveryProgramme.rgTargetDays]?.source ?? "national rule"
        let period = "\(records.first!.referredOn) to \(records.last!.referredOn)"
        var notes: [String] = []
        notes.append(
            "Local records of \(context.region.name)'s first responders, referred \(period); Duty to Notify records (adults who withheld "
                + "consent) are counted apart and have no decisions.")
        notes.append(
            "RG within target: decided within \(context.target(today)) working days of referral (\(targetSource)); working days exclude "
                + "England and Wales bank holidays (\(WorkingDays.englandAndWales.source)). Median days are calendar days.")
        notes.append("A referral with several exploitation types counts once under each.")
        notes += SyntheticLabel.notes(for: records.map(\.source))
        try output.emit(
            Report(
                title: "\(context.region.name): modern slavery referrals",
                sections: [
                    ReportSection(
                        title: "By quarter of referral",
                        columns: [
                            .init("quarter"), .init("referrals", .right), .init("adult", .right), .init("child", .right),
                            .init("age not known", .right),
                            .init("Duty to Notify", .right), .init("RG decisions", .right), .init("RG positive", .right),
                            .init("RG within target", .right), .init("CG decisions", .right), .init("CG positive", .right),
                        ],
                        rows: quarterRows, notes: [],
                        constraints: SumConstraint.totalColumn(rows: quarterRows.count, total: 1, parts: [2, 3, 4])),
                    ReportSection(
                        title: "By LA",
                        columns: [.init("LA"), .init("code"), .init("referrals", .right)] + types.map { .init($0.rawValue, .right) } + [
                            .init("Duty to Notify", .right), .init("RG positive", .right), .init("RG within target", .right),
                            .init("median days to RG", .right), .init("median days RG to CG", .right),
                        ],
                        rows: laRows, notes: notes,
                        constraints: SumConstraint.totalRow(rows: laRows.count, columns: [2] + (3..<(3 + types.count)).map { $0 } + [3 + types.count])
                    ),
                ]
            ).suppressingSmallCounts(for: viewer.audience(for: context.region.id)))
    }
}
