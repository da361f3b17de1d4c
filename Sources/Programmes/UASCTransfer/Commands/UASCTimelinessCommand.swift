import ArgumentParser
import CommandLineKit
import PartnershipCore
import PublishedStatistics
import Reporting

/// `smp uasc timeliness --region ID`: transfers completed within the region's target in working
/// days, and the median, per receiving LA and for the region, beside the published NTS_01 figures.
struct UASCTimelinessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeliness", abstract: "Share of transfers within the target in working days and the median days, per LA and region.")
    @OptionGroup var options: UASCOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await UASCContext(options)
        let requests = try await context.records.requests()
        let programme = context.programme, region = context.region
        func target(_ day: Day) -> Int { programme.resolvedSettings(for: region, on: day).integer(UASCTransferProgramme.transferTargetDays) ?? 10 }
        let timeliness: TransferTimeliness
        do {
            timeliness = try TransferTimeliness(requests: requests, calendar: .englandAndWales, target: target)
        } catch let error as WorkingDays.OutOfRange { throw CommandError(error.description) }

        // The published side over the same quarters, to flag where the records and NTS_01 differ.
        let transferDays = requests.compactMap(\.transfer?.on)
        let published = try await context.published.nts.transfers(in: region.upperTier.map(\.code), vintage: nil)
        let lastPublished = published.map(\.quarterEnd).max()
        let window = transferDays.min().map { Quarter(containing: $0).endDay }
        var publishedIn: [ONSCode: Int] = [:]
        var localIn: [ONSCode: Int] = [:]
        if let window, let lastPublished {
            for row in published where row.quarterEnd >= window && row.quarterEnd <= lastPublished {
                if let code = row.laCode { publishedIn[code, default: 0] += row.transfersIn }
            }
            for request in requests {
                if let transfer = request.transfer, transfer.on <= lastPublished { localIn[transfer.la, default: 0] += 1 }
            }
        }
        let owner = region.id
        func cells(_ line: TransferTimeliness.Line, code: ONSCode?) -> [ReportCell] {
            let compare: ReportCell
            if window == nil || lastPublished == nil {
                compare = .noData("no transfers recorded, or NTS_01 not imported")
            } else if window! > lastPublished! {
                compare = .noData("the records start after NTS_01's last quarter (\(lastPublished!))")
            } else {
                let local = code.map { localIn[$0, default: 0] } ?? localIn.values.reduce(0, +)
                let official = code.map { publishedIn[$0, default: 0] } ?? publishedIn.values.reduce(0, +)
                compare = .text(local == official ? "\(official) (agrees)" : "\(official) (records: \(local), DIFFERS)")
            }
            return [
                .people(line.transfers, owner: owner), .people(line.withinTarget, owner: owner),
                line.share.map { .percentage($0 * 100) } ?? .noData("no transfers"),
                line.median.map { .count($0) } ?? .noData("no transfers"), compare,
            ]
        }
        let rows: [[ReportCell]] =
            timeliness.byLA.map { [.text(context.name($0.laCode!)), .text($0.laCode!.rawValue)] + cells($0, code: $0.laCode) }
            + [[.text("Region"), .text("")] + cells(timeliness.region, code: nil)]
        let today = DayArgument.today()
        try output.emit(
            ReportSection(
                title: "\(region.name): NTS transfer timeliness (receiving LA)",
                columns: [
                    .init("LA"), .init("code"), .init("transfers", .right), .init("within target", .right), .init("share", .right),
                    .init("median working days", .right), .init("NTS_01 transfers in, same quarters"),
                ],
                rows: rows,
                notes: [
                    "Target: \(target(today)) working days from request to transfer (\(programme.resolvedSettings(for: region, on: today)[UASCTransferProgramme.transferTargetDays]?.source ?? "national rule")); each request is held to the target in force on the day it was made.",
                    "Working days: Monday to Friday less England and Wales bank holidays (\(WorkingDays.englandAndWales.source)).",
                    "\(timeliness.open) request(s) not yet transferred are not counted.",
                    "NTS_01 column: Home Office transfers into each LA from the quarter of the first recorded transfer to NTS_01's last quarter"
                        + (lastPublished.map { " (\($0))" } ?? "") + ", beside the transfers the records show in the same span.",
                ] + SyntheticLabel.notes(for: requests.map(\.source))))
    }
}
