import ArgumentParser
import CommandLineKit
import PartnershipCore
import ProgrammeKit
import Reporting

/// `smp modern-slavery referral import|list`: the region's referrals, by pseudonymous reference.
struct ReferralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referral", abstract: "The region's NRM referrals and Duty to Notify records (pseudonymous references only).",
        subcommands: [Import.self, List.self, DecideCommand.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import referrals from CSV: ref, responder_org, responder_type, la, referred_on, age_group, exploitation, gender, nationality, "
                + "location, consent [, rg_outcome, rg_on, cg_outcome, cg_on, source]. A referral in the file replaces the one with the same ref.")
        @Option(name: .long, help: "Region module id.") var region: String
        @OptionGroup var regions: RegionsOption
        @OptionGroup var database: DatabaseOption
        @Argument(help: "CSV file of referrals.") var file: String

        func run() async throws {
            let module = try Console.region(region, regions)
            let (text, name) = try RecordFile.read(file)
            let context = try await ModernSlaveryContext(region: region, regions: regions, database: database, loaded: module)
            try await ProgrammeGate.require(
                context.programme.id, for: context.region, on: DayArgument.today(), store: context.store,
                purpose: "no new modern-slavery records are taken for it; nothing was changed")
            let outcome = try await ModernSlaveryProgramme.referralImport.run(text: text, file: name, region: module, store: context.store)
            Console.out(try RecordFile.summary(outcome, what: "referrals") + "\n")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the region's referrals.")
        @Option(name: .long, help: "Region module id.") var region: String
        @OptionGroup var regions: RegionsOption
        @OptionGroup var database: DatabaseOption
        @OptionGroup var output: FormatOption

        func run() async throws {
            let context = try await ModernSlaveryContext(region: region, regions: regions, database: database)
            let referrals = try await context.records.referrals()
            try output.emit(
                ReportSection(
                    title: "\(context.region.name): referrals (local records)",
                    columns: [
                        .init("ref"), .init("referred"), .init("LA"), .init("responder"), .init("age"), .init("exploitation"), .init("consent"),
                        .init("RG"), .init("CG"),
                    ],
                    rows: referrals.map { r in
                        [
                            .text(r.reference.rawValue), .date(r.referredOn), .text(context.name(r.laCode)), .text(r.responderType.rawValue),
                            .text(r.ageGroup.rawValue), .text(r.exploitation.sorted().map(\.rawValue).joined(separator: "; ")),
                            .text(r.isDutyToNotify ? "withheld (Duty to Notify)" : r.consent.rawValue),
                            .text(r.reasonableGrounds.map { "\($0.outcome.rawValue) \($0.day)" } ?? "-"),
                            .text(r.conclusiveGrounds.map { "\($0.outcome.rawValue) \($0.day)" } ?? "-"),
                        ]
                    },
                    notes: ["\(referrals.count) record(s)."] + SyntheticLabel.notes(for: referrals.map(\.source))))
        }
    }
}
