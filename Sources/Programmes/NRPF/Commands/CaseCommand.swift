import ArgumentParser
import CommandLineKit
import PartnershipCore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// `smp nrpf case import|list`.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "NRPF cases (pseudonymous references only).", subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import cases from CSV: ref, la, household_type, legal_basis, immigration_status, dependants, started_on, weekly_accommodation, "
                + "weekly_subsistence [, ended_on, closure_reason, status_changed_on, new_status, source]. A case in the file replaces the one "
                + "with the same ref.")
        @OptionGroup var options: NRPFOptions
        @Argument(help: "CSV file of cases.") var file: String

        func run() async throws {
            let region = try NRPFContext.region(options)
            let (text, name) = try RecordFile.read(file)
            let context = try await NRPFContext(options, region: region)
            try await context.requireOpen()
            let outcome = try await NRPFProgramme.caseImport.run(text: text, file: name, region: region, store: context.store)
            Console.out(try RecordFile.summary(outcome, what: "cases") + "\n")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the region's cases.")
        @OptionGroup var options: NRPFOptions
        @OptionGroup var output: FormatOption

        func run() async throws {
            let context = try await NRPFContext(options)
            let cases = try await context.records.cases()
            let today = DayArgument.today()
            try output.emit(
                ReportSection(
                    title: "\(context.region.name): NRPF cases (local records)",
                    columns: [
                        .init("ref"), .init("LA"), .init("household"), .init("basis"), .init("status"), .init("dependants", .right),
                        .init("started"), .init("weekly cost", .right), .init("ended"), .init("closure"), .init("alert"),
                    ],
                    rows: cases.map { c in
                        [
                            .text(c.reference.rawValue), .text(context.name(c.laCode)), .text(c.householdType.rawValue), .text(c.legalBasis.rawValue),
                            .text(c.statusChange.map { "\($0.status.rawValue) (from \($0.day))" } ?? c.immigrationStatus.rawValue),
                            .count(c.dependants),
                            .date(c.startedOn), .money(pence: c.weeklyAccommodationPence + c.weeklySubsistencePence),
                            c.endedOn.map { .date($0) } ?? .text("open"), .text(c.closureReason?.rawValue ?? ""),
                            .text(c.closureRequired(on: today).map { "closure required since \($0)" } ?? ""),
                        ]
                    },
                    notes: ["\(cases.count) case(s); weekly costs are the council's own figures."] + SyntheticLabel.notes(for: cases.map(\.source))))
        }
    }
}
