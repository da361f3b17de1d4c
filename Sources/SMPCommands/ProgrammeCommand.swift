import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import Reporting

/// `smp programme enable|disable|history`: a programme lead switches a scheme on or off for one
/// region from a date; every switch is kept in the audit log with who and why.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme", abstract: "Switch a programme on or off for a region from a date (kept in the audit log), and list the switches.",
        subcommands: [Enable.self, Disable.self, History.self])

    /// What a switch takes.
    struct SwitchOptions: ParsableArguments {
        @Argument(help: "The programme id (see smp programmes).") var programme: ProgrammeID
        @Option(name: .long, help: "Region module id.") var region: String
        @Option(name: .long, help: "First day the switch applies (YYYY-MM-DD; default today). Figures before it are unchanged.") var from: Day?
        @Option(name: .long, help: "Who is making the switch (goes into the audit log).") var by: String
        @Option(name: .long, help: "Why (goes into the audit log).") var reason: String
        @OptionGroup var regions: RegionsOption
        @OptionGroup var database: DatabaseOption

        func record(enabled: Bool) async throws {
            let registry = try Console.registry().platform
            guard registry[programme] != nil else {
                throw ValidationError("unknown programme '\(programme)'; the programmes are \(registry.ids.map(\.rawValue).joined(separator: ", "))")
            }
            let module = try Console.region(region, regions)
            let day = from ?? DayArgument.today()
            let board = ProgrammeSwitchboard(store: try await database.open())
            let entry: AuditEntry
            do {
                entry = try await board.record(programme, enabled: enabled, for: module, from: day, by: by, reason: reason)
            } catch let refusal as ProgrammeSwitchboard.Refusal {
                throw CommandError(refusal.description)
            }
            Console.out(
                "\(programme) switched \(enabled ? "on" : "off") for \(module.id) from \(day) by \(by): \(reason) (audit entry \(entry.id))\n")
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enable", abstract: "Switch a programme on for a region from a date.")
        @OptionGroup var options: SwitchOptions
        func run() async throws { try await options.record(enabled: true) }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable",
            abstract: "Switch a programme off for a region from a date: no new records from then; reports show it as off, its history stays.")
        @OptionGroup var options: SwitchOptions
        func run() async throws { try await options.record(enabled: false) }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Every switch of a region's programmes, with who, when and why, and the state today.")
        @Option(name: .long, help: "Region module id.") var region: String
        @OptionGroup var regions: RegionsOption
        @OptionGroup var database: DatabaseOption
        @OptionGroup var output: FormatOption

        func run() async throws {
            let module = try Console.region(region, regions)
            let switches = try await ProgrammeSwitchboard(store: try await database.open()).switches(for: module)
            let today = DayArgument.today()
            let rows: [[ReportCell]] = switches.history().map {
                [
                    .text($0.programme.rawValue), .text($0.enabled ? "on" : "off"), .date($0.effectiveFrom), .text($0.by), .text($0.reason),
                    .text($0.recordedAt),
                ]
            }
            let states = try Console.registry().platform.ids.map { "\($0) \(switches.isEnabled($0, on: today) ? "on" : "off")" }
            try output.emit(
                ReportSection(
                    title: "\(module.name): programme switches",
                    columns: [.init("programme"), .init("switched"), .init("from"), .init("by"), .init("reason"), .init("recorded")],
                    rows: rows,
                    notes: [
                        rows.isEmpty
                            ? "No switches recorded: each programme is as its region module sets it (programmes.<id>.enabled)."
                            : "\(rows.count) switch(es), oldest first.",
                        "Today (\(today)): \(states.joined(separator: ", ")).",
                    ]))
        }
    }
}
