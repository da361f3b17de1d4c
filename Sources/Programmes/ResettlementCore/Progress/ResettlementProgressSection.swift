import PartnershipCore
import Reporting

/// Pledged, referred, matched and arrived per LA against the target, year to date and cumulative:
/// what `smp resettlement progress` prints and what the scheme puts in a region's report.
public enum ResettlementProgressSection {
    public static func make(_ progress: ResettlementProgress, scheme: ProgrammeID, heading: String) -> ReportSection {
        let region = progress.region, settings = progress.settings, day = progress.asOf
        let owner = region.id
        func local(_ tally: Tally) -> [ReportCell] { [.people(tally.yearToDate, owner: owner), .people(tally.cumulative, owner: owner)] }
        func published(_ tally: Tally) -> [ReportCell] { [.count(tally.yearToDate), .count(tally.cumulative)] }
        let total = progress.total
        var rows: [[ReportCell]] = progress.lines.map { line in
            [.text(line.name), .text(line.code?.rawValue ?? "")] + published(line.pledged) + [
                .noData("referrals are to the region"), .noData("referrals are to the region"),
            ]
                + local(line.matched) + local(line.arrived) + published(line.published)
        }
        rows.append(
            [.text("Region total"), .text(region.id)] + published(total.pledged) + local(progress.referred) + local(total.matched)
                + local(total.arrived)
                + published(total.published))
        let fy = progress.financialYear
        var notes = [
            "Year to date = financial year \(fy) up to \(day); cumulative = every record on or before \(day). Referrals are to the region, "
                + "not yet to an LA."
        ]
        if let target = settings.target, let percent = progress.targetProgress {
            let span = settings.targetYear.map { "in \($0)" } ?? "in all years"
            notes.append(
                "Target: \(NumberFormat.grouped(target)) people \(span) (\(settings.targetNote ?? "no year set"); source "
                    + "\(settings.targetSource ?? "region module")). Arrived \(span): local \(progress.targetYearArrivals.local) "
                    + "(\(NumberFormat.decimal(percent.local))%), Home Office \(progress.targetYearArrivals.published) "
                    + "(\(NumberFormat.decimal(percent.published))%)."
            )
        } else {
            notes.append("Target: none set for \(scheme) in regions/\(region.id)/region.yaml.")
        }
        notes.append("Published side: \(progress.publishedRelease ?? "Res_D01 not imported"); quarters ending on or before \(day).")
        let baseline = region.baseline.filter { $0.programme == scheme }
        notes += baseline.map {
            "Published baseline: \($0.label) \(NumberFormat.decimal($0.value, places: 0)) \($0.unit), as of \($0.asOf) (\($0.source))."
        }
        notes += ResettlementSources.note(progress.recordSources)
        return ReportSection(
            title: "\(heading): progress at \(day)",
            columns: [
                .init("LA"), .init("code"), .init("pledged YTD", .right), .init("pledged cum.", .right), .init("referred YTD", .right),
                .init("referred cum.", .right), .init("matched YTD", .right), .init("matched cum.", .right), .init("arrived YTD (local)", .right),
                .init("arrived cum. (local)", .right), .init("arrived YTD (HO)", .right), .init("arrived cum. (HO)", .right),
            ],
            rows: rows, notes: notes)
    }
}
