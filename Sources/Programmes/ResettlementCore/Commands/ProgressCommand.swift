import ArgumentParser
import CommandLineKit
import PartnershipCore

/// `smp resettlement progress`: pledged, referred, matched and arrived against the target, local
/// records beside Res_D01, year to date and cumulative.
struct ProgressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Pledged vs referred vs matched vs arrived (local and Home Office) against the regional target, year to date and cumulative.")
    @OptionGroup var options: ResettlementOptions
    @Option(name: .customLong("as-of"), help: "Date to report at (YYYY-MM-DD; default today).") var asOf: Day?
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await ResettlementContext(options, withPublished: true)
        let day = asOf ?? DayArgument.today()
        let progress = try await ResettlementProgress.load(
            store: context.store, region: context.region, scheme: context.programme.id, settings: context.settings(on: day), asOf: day)
        try output.emit(ResettlementProgressSection.make(progress, scheme: context.programme.id, heading: context.heading))
    }
}
