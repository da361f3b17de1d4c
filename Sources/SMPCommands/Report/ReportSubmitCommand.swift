import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipReports
import PartnershipStore

/// `smp report submit --region ID --report NAME --on DATE --by NAME`: records a return as sent.
struct ReportSubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "submit", abstract: "Record that a return was submitted (audited).")
    @Option(name: .long, help: "Region module id.") var region: String
    @Option(name: .long, help: "The return, as the region's reporting calendar names it.") var report: String
    @Option(name: .long, help: "Day it was submitted (YYYY-MM-DD; default today).") var on: Day?
    @Option(name: .long, help: "Who submitted it.") var by: String
    @Option(name: .long, help: "A note for the audit log.") var note: String = ""
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let module = try ReportRegion.active(region, regions)
        let day = on ?? DayArgument.today()
        do {
            let entry = try await ReportingCalendar(store: try await database.open()).recordSubmission(
                of: report, region: module, on: day, by: by, note: note)
            Console.out("Recorded: \(entry.subject) submitted on \(day) by \(entry.draft.by) (audit entry \(entry.id)).\n")
        } catch let refusal as ReportingCalendar.Refusal {
            throw CommandError(refusal.description)
        }
    }
}
