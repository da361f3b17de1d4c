import ArgumentParser
import PartnershipCore
import Reporting
import ResettlementCore

/// `smp resettlement progress`: pledged, referred, matched and arrived against the target, local
/// records beside Res_D01, year to date and cumulative.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Pledged vs referred vs matched vs arrived (local and Home Office) against the regional target, year to date and cumulative.")
    @OptionGroup var options: ResettlementOptions
    @Option(name: .customLong("as-of"), help: "Date to report at (YYYY-MM-DD; default today).") var asOf: String?
    @OptionGroup var output: FormatOption

    func run() throws {
        let context = try ResettlementContext(options, withPublished: true)
        let day = try DayArgument.parse(asOf, option: "--as-of")
        let settings = context.settings(on: day)
        let progress = try ResettlementProgress.load(store: context.store, region: context.region, scheme: context.programme.id, settings: settings, asOf: day)
        func cells(_ tally: Tally) -> [String] { [NumberFormat.grouped(tally.yearToDate), NumberFormat.grouped(tally.cumulative)] }
        let total = progress.total
        var rows = progress.lines.map { line in
            [line.name, line.code?.rawValue ?? ""] + cells(line.pledged) + ["", ""] + cells(line.matched) + cells(line.arrived) + cells(line.published)
        }
        rows.append(["Region total", context.region.id] + cells(total.pledged) + cells(progress.referred) + cells(total.matched) + cells(total.arrived) + cells(total.published))
        let fy = progress.financialYear
        var notes = ["Year to date = financial year \(fy) up to \(day); cumulative = every record on or before \(day). Referrals are to the region, not yet to an LA."]
        if let target = settings.target {
            let span = settings.targetYear.map { "in \($0)" } ?? "in all years"
            let percent = progress.targetProgress!
            notes.append("Target: \(NumberFormat.grouped(target)) people \(span) (\(settings.targetNote ?? "no year set"); source \(settings.targetSource ?? "region module")). Arrived \(span): local \(progress.targetYearArrivals.local) (\(NumberFormat.decimal(percent.local))%), Home Office \(progress.targetYearArrivals.published) (\(NumberFormat.decimal(percent.published))%).")
        } else {
            notes.append("Target: none set for \(context.programme.id) in regions/\(context.region.id)/region.yaml.")
        }
        notes.append("Published side: \(progress.publishedRelease ?? "Res_D01 not imported"); quarters ending on or before \(day).")
        let baseline = context.region.baseline.filter { $0.programme == context.programme.id }
        notes += baseline.map { "Published baseline: \($0.label) \(NumberFormat.decimal($0.value, places: 0)) \($0.unit), as of \($0.asOf) (\($0.source))." }
        notes += ResettlementContext.sourceNote(progress.recordSources)
        let table = Table(
            title: "\(context.heading): progress at \(day)",
            columns: [.init("LA"), .init("code"), .init("pledged YTD", .right), .init("pledged cum.", .right), .init("referred YTD", .right), .init("referred cum.", .right),
                      .init("matched YTD", .right), .init("matched cum.", .right), .init("arrived YTD (local)", .right), .init("arrived cum. (local)", .right),
                      .init("arrived YTD (HO)", .right), .init("arrived cum. (HO)", .right)],
            rows: rows, notes: notes)
        Console.out(TableRenderer.render(table, as: output.format))
    }
}
