import ArgumentParser
import CommandLineKit
import PartnershipStore
import Reporting

/// `smp audit [--region ID]` lists the append-only audit log; `smp audit verify` recomputes its
/// hash chain and says whether any past entry was changed or removed.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The append-only audit log of recorded decisions (programme switches, plan updates, returns submitted), and its tamper check.",
        subcommands: [List.self, Verify.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Every entry, oldest first: when, who, what, for which region, from what to what, from when, why.")
        @Option(name: .long, help: "Only this region's entries.") var region: String?
        @OptionGroup var database: DatabaseOption
        @OptionGroup var output: FormatOption

        func run() async throws {
            let entries = try await AuditLog(store: try await database.open()).entries(region: region)
            let rows: [[ReportCell]] = entries.map { entry in
                [
                    .count(Int(entry.id)), .text(entry.recordedAt), .text(entry.draft.by), .text(entry.kind), .text(entry.region),
                    .text(entry.subject),
                    .text("\(entry.draft.before) → \(entry.draft.after)"), .text(entry.draft.effectiveFrom), .text(entry.draft.reason),
                    .text(String(entry.hash.prefix(12))),
                ]
            }
            try output.emit(
                ReportSection(
                    title: "Audit log\(region.map { " for \($0)" } ?? "")",
                    columns: [
                        .init("entry", .right), .init("recorded"), .init("by"), .init("kind"), .init("region"), .init("subject"), .init("change"),
                        .init("from"), .init("why"), .init("hash"),
                    ],
                    rows: rows,
                    notes: ["Entries are never edited or deleted; each carries the hash of the one before ('smp audit verify' checks the chain)."]))
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Recompute the hash chain: exit 1, naming the entry, if a past entry was changed or removed.")
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let result = try await AuditLog(store: try await database.open()).verify()
            if let problem = result.problem {
                throw CommandError("audit log BROKEN after checking \(result.entries) entries: \(problem)")
            }
            Console.out("audit log intact: \(result.entries) entries, chain head \(result.head)\n")
            Console.out("(keep the head hash elsewhere: it also shows if the newest entry is ever removed)\n")
        }
    }
}
