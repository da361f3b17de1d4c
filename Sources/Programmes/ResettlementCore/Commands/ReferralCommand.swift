import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp resettlement referral import|list`: Home Office referral batches, by case reference only.
struct ReferralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referral", abstract: "Home Office referral batches (pseudonymous case references only).", subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import a referral batch from CSV: case_ref, adults, children_under_3, children_3_4, children_5_18, referred_on [, needs, "
                + "source]. Re-importing a batch replaces it."
        )
        @OptionGroup var options: ResettlementOptions
        @Option(name: .long, help: "Batch id, e.g. 2017-B3.") var batch: String
        @Argument(help: "CSV file of the batch.") var file: String

        func run() async throws {
            let context = try await ResettlementContext(options)
            try await context.requireOpen()
            let (text, name) = try RecordFile.read(file)
            let referrals = try RecordFile.accept(ReferralFile.parse(text, file: name, batch: batch), what: "referrals", file: name)
            let replaced = try await ResettlementContext.write { try await context.records.replaceBatch(batch, with: referrals) }
            let people = referrals.reduce(0) { $0 + $1.household.size }
            var line = "Imported batch \(batch): \(referrals.count) households, \(people) people into \(context.heading)"
            if replaced.referrals > 0 {
                line += "; replaced \(replaced.referrals) earlier referrals and removed \(replaced.matches) matches made for them (run match again)"
            }
            Console.out(line + "\n")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List referred households (one batch or all).")
        @OptionGroup var options: ResettlementOptions
        @Option(name: .long, help: "Batch id (default: every batch).") var batch: String?
        @OptionGroup var output: FormatOption

        func run() async throws {
            let context = try await ResettlementContext(options)
            let referrals = try await context.records.referrals(batch: batch)
            let threshold = context.settings(on: referrals.first?.referredOn ?? DayArgument.today()).largeFamilyFrom
            let rows = referrals.map { referral in
                [
                    .text(referral.batch), .text(referral.caseRef.rawValue), .people(referral.household.size, owner: context.region.id),
                    .text(referral.household.summary),
                    .text(referral.household.type(largeFamilyFrom: threshold).label(largeFamilyFrom: threshold)),
                    .text(referral.needs.sorted().map(\.rawValue).joined(separator: "; ")), .date(referral.referredOn), .text(referral.source),
                ] as [ReportCell]
            }
            let table = ReportSection(
                title: "\(context.heading): referrals\(batch.map { " in batch \($0)" } ?? "")",
                columns: [
                    .init("batch"), .init("case ref"), .init("people", .right), .init("household"), .init("type"), .init("needs"), .init("referred"),
                    .init("source"),
                ],
                rows: rows,
                notes: ["\(referrals.count) households, \(referrals.reduce(0) { $0 + $1.household.size }) people."]
                    + ResettlementSources.note(Array(Set(referrals.map(\.source))).sorted()))
            try output.emit(table)
        }
    }
}
