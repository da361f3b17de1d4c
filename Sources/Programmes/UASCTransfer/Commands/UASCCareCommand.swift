import ArgumentParser
import CommandLineKit
import PartnershipCore
import ProgrammeKit
import Reporting

/// `smp uasc care import|list`: UASC in care per upper-tier LA, as counts.
struct UASCCareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "care", abstract: "UASC in care per upper-tier LA (counts only).", subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import counts from CSV: la, date, children [, source]. The days in the file replace what was recorded for them.")
        @OptionGroup var options: UASCOptions
        @Argument(help: "CSV file of counts.") var file: String

        func run() async throws {
            let region = try UASCContext.region(options)
            let (text, name) = try RecordFile.read(file)
            let context = try await UASCContext(options, region: region)
            try await context.requireOn(DayArgument.today(), purpose: "no new UASC records are taken for it; nothing was changed")
            let outcome = try await UASCTransferProgramme.careImport.run(text: text, file: name, region: region, store: context.store)
            Console.out(try RecordFile.summary(outcome, what: "counts") + "\n")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the recorded counts.")
        @OptionGroup var options: UASCOptions
        @OptionGroup var output: FormatOption

        func run() async throws {
            let context = try await UASCContext(options)
            let counts = try await context.records.inCare()
            try output.emit(
                ReportSection(
                    title: "\(context.region.name): UASC in care (local records)",
                    columns: [.init("day"), .init("LA"), .init("code"), .init("children", .right), .init("source")],
                    rows: counts.map {
                        [
                            .date($0.day), .text(context.name($0.laCode)), .text($0.laCode.rawValue), .people($0.children, owner: context.region.id),
                            .text($0.source),
                        ]
                    },
                    notes: ["\(counts.count) count(s)."] + SyntheticLabel.notes(for: counts.map(\.source))))
        }
    }
}
