import ArgumentParser
import CommandLineKit
import PartnershipCore
import ProgrammeKit
import Reporting

/// `smp uasc request import|list`: transfer requests and their steps, by child reference only.
struct UASCRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request", abstract: "NTS transfer requests and their steps (pseudonymous child references only).",
        subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import requests from CSV, one row per step: child_ref, event (requested, offered, accepted, declined, transferred), date, la "
                + "[, age_band, needs, reason, source]. A request in the file replaces the one recorded with the same reference.")
        @OptionGroup var options: UASCOptions
        @Argument(help: "CSV file of request steps.") var file: String

        func run() async throws {
            let region = try UASCContext.region(options)
            let (text, name) = try RecordFile.read(file)
            let context = try await UASCContext(options, region: region)
            try await context.requireOn(DayArgument.today(), purpose: "no new UASC records are taken for it; nothing was changed")
            let outcome = try await UASCTransferProgramme.requestImport.run(text: text, file: name, region: region, store: context.store)
            Console.out(try RecordFile.summary(outcome, what: "requests") + "\n")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List requests with where each stands.")
        @OptionGroup var options: UASCOptions
        @OptionGroup var output: FormatOption

        func run() async throws {
            let context = try await UASCContext(options)
            let requests = try await context.records.requests()
            let rows: [[ReportCell]] = requests.map { request in
                let declines = request.steps.filter { $0.kind == .declined }.map { "\(context.name($0.laCode)) (\($0.reason?.rawValue ?? "?"))" }
                return [
                    .text(request.reference.rawValue), .date(request.requestedOn), .text(context.name(request.referringLA)),
                    .text(request.ageBand.rawValue), .text(request.needs.sorted().map(\.rawValue).joined(separator: "; ")),
                    .text(request.state.rawValue), request.currentLA.map { .text(context.name($0)) } ?? .text("-"),
                    request.transfer.map { .date($0.on) } ?? .text("-"), .text(declines.joined(separator: ", ")),
                ]
            }
            try output.emit(
                ReportSection(
                    title: "\(context.region.name): NTS transfer requests",
                    columns: [
                        .init("child ref"), .init("requested"), .init("from"), .init("age"), .init("needs"), .init("state"), .init("with"),
                        .init("transferred"), .init("declined by"),
                    ],
                    rows: rows, notes: ["\(requests.count) request(s)."] + SyntheticLabel.notes(for: requests.map(\.source))))
        }
    }
}
