import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp uasc next --region ID [--request REF] [--as-of DATE]`: the rota's next receiving LA, and
/// why each LA before it is passed over.
struct UASCNextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Name the next receiving LA on the region's rota, and why every other LA is passed over.")
    @OptionGroup var options: UASCOptions
    @Option(name: .long, help: "A recorded request (its referring LA and declines are passed over); default: a new request.") var request: String?
    @Option(name: .customLong("as-of"), help: "Day (YYYY-MM-DD); default today.") var asOf: Day?
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await UASCContext(options)
        let day = asOf ?? DayArgument.today()
        try await context.requireOn(day, purpose: "its rota is not run")
        let requests = try await context.records.requests()
        var chosenRequest: TransferRequest?
        if let request {
            guard let found = requests.first(where: { $0.reference.rawValue == request }) else {
                throw CommandError("no request '\(request)' is recorded for \(context.region.id); 'smp uasc request list' shows them")
            }
            chosenRequest = found
        }
        let planner: RotaPlanner
        do {
            planner = try RotaPlanner(region: context.region, settings: context.programme.resolvedSettings(for: context.region, on: day))
        } catch let error as UASCError { throw CommandError(error.description) }
        let position = try await context.position(on: day)
        let received = RotaPlanner.received(requests, before: day, excluding: chosenRequest?.reference)
        let decision = planner.decide(position: position, request: chosenRequest, received: received)
        let skipped = Dictionary(decision.skipped.map { ($0.code, $0.why) }, uniquingKeysWith: { a, _ in a })
        let rows: [[ReportCell]] = planner.rota.entries.enumerated().map { index, entry in
            let verdict: String =
                entry.code == decision.chosen
                ? "NEXT"
                : entry.code == chosenRequest?.referringLA ? "referring LA" : skipped[entry.code].map { "passed over: \($0)" } ?? "eligible"
            return [
                .count(index + 1), .text(context.name(entry.code)), .text(entry.code.rawValue), .count(entry.weight),
                .count(received[entry.code, default: 0]), .text(verdict),
            ]
        }
        let headline =
            decision.chosen.map { "Next receiving LA: \(context.name($0)) (\($0))." }
            ?? "No LA on the rota can receive: every one is passed over (see why below)."
        try output.emit(
            ReportSection(
                title: "\(context.region.name): rota on \(day)\(chosenRequest.map { " for \($0.reference)" } ?? " for a new request")",
                columns: [.init("#", .right), .init("LA"), .init("code"), .init("weight", .right), .init("received", .right), .init("decision")],
                rows: rows,
                notes: [
                    headline, "Rota: \(planner.rota.source).",
                    "Choice: among eligible LAs, the one furthest behind its weighted share of the transfers received so far (accepted requests); "
                        + "ties go to the earlier LA in the rota.",
                ] + SyntheticLabel.notes(for: requests.map(\.source) + position.lines.compactMap(\.inCare?.source))))
    }
}
