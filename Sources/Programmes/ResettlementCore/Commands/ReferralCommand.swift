import ArgumentParser
import CommandLineKit
import PartnershipCore
import PublishedStatistics
import Reporting

/// `smp resettlement referral import|list`: Home Office referral batches, by case reference only.
struct ReferralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referral", abstract: "Home Office referral batches (pseudonymous case references only).", subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import a referral batch from CSV: case_ref, adults, children_under_3, children_3_4, children_5_18, referred_on [, needs, "
                + "source]. Re-importing a batch replaces it."
        )
        @OptionGroup var options: ResettlementOptions
        @Option(name: .long, help: "Batch id, e.g. 2017-B3.") var batch: String
        @Flag(name: .long, help: "Allow a file with no households to empty the batch (says what it removes).") var replace = false
        @Argument(help: "CSV file of the batch.") var file: String

        func validate() throws {
            if let problem = SourceText.problem(inBatch: batch) { throw ValidationError("--batch: \(problem)") }
        }

        func run() async throws {
            let context = try await ResettlementContext(options)
            try await context.requireOpen()
            let (text, name) = try RecordFile.read(file)
            let parsed = ReferralFile.parse(text, file: name, batch: batch)
            if parsed.accepted?.isEmpty == true {
                try await empty(context, file: name)
                return
            }
            let referrals = try RecordFile.accept(parsed, what: "referrals", file: name)
            let replaced = try await ResettlementContext.write { try await context.records.replaceBatch(batch, with: referrals) }
            let people = referrals.reduce(0) { $0 + $1.household.size }
            var line = "Imported batch \(batch): \(referrals.count) households, \(people) people into \(context.heading)"
            if replaced.referrals > 0 {
                line += "; replaced \(replaced.referrals) earlier referrals and removed \(replaced.matches) matches made for them (run match again)"
            }
            Console.out(line + "\n")
        }

        /// A file with a header and no households empties the batch only with --replace, and
        /// either way says what is (or would be) removed.
        private func empty(_ context: ResettlementContext, file: String) async throws {
            let referrals = try await context.records.referrals(batch: batch).count
            let matches = try await context.records.matches(batch: batch).count
            let removes = "\(referrals) referral(s) and \(matches) match(es) in batch \(batch) of \(context.heading)"
            guard replace else {
                throw CommandError(
                    "\(file): the file has a header but no households: nothing imported, nothing changed"
                        + (referrals > 0 ? ". To empty the batch, removing \(removes), run again with --replace" : ""))
            }
            guard referrals > 0 else {
                Console.out("Batch \(batch) has no referrals in \(context.heading): nothing to remove, nothing changed\n")
                return
            }
            _ = try await ResettlementContext.write { try await context.records.replaceBatch(batch, with: []) }
            Console.out("Emptied batch \(batch) (--replace with \(file), which has no households): removed \(removes)\n")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List referred households (one batch or all).")
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
