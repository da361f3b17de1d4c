import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipReports
import PartnershipStore

/// `smp plan update`: records the status of one business-plan action, with a note, in the audit log.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "The region's business plan: record an action's status (the tracker is 'smp report plan').",
        subcommands: [Update.self])

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "update", abstract: "Record an action's status with a note (audited).")
        @Option(name: .long, help: "Region module id.") var region: String
        @Option(name: .long, help: "The plan's financial year (e.g. 2018-19).") var year: FinancialYear
        @Option(name: .long, help: "The action's number, objective.outcome.action, as 'smp report plan' shows it (e.g. 1.2.1).")
        var action: String
        @Option(name: .long, help: ArgumentHelp("One of: \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", ")).")) var status: ActionStatus
        @Option(name: .long, help: "What was done (goes into the audit log).") var note: String
        @Option(name: .long, help: "Who is recording it.") var by: String
        @Option(name: .long, help: "Day the status applies from (YYYY-MM-DD; default today).") var on: Day?
        @OptionGroup var regions: RegionsOption
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard let id = PlanActionID(action) else {
                throw CommandError("--action '\(action)' is not objective.outcome.action (e.g. 1.2.1; 'smp report plan' numbers every action)")
            }
            let module = try ReportRegion.active(region, regions)
            let plan = try ReportRegion.plan(year, of: module)
            let day = on ?? DayArgument.today()
            do {
                let entry = try await PlanUpdates(store: try await database.open()).record(
                    id, status: status, in: plan, region: module, on: day, by: by, note: note)
                Console.out("Recorded: \(module.id) plan \(year) action \(id) is \(status.rawValue) from \(day) (audit entry \(entry.id)).\n")
            } catch let refusal as PlanUpdates.Refusal {
                throw CommandError(refusal.description)
            }
        }
    }
}

extension ActionStatus: ExpressibleByArgument {}
