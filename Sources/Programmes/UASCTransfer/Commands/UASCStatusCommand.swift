import ArgumentParser
import CommandLineKit
import PartnershipCore

/// `smp uasc status --region ID [--as-of DATE]`: every upper-tier LA against its threshold.
struct UASCStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Each upper-tier LA: child population, threshold on both lines, UASC in care, headroom, status.")
    @OptionGroup var options: UASCOptions
    @Option(name: .customLong("as-of"), help: "Day (YYYY-MM-DD); default today.") var asOf: Day?
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await UASCContext(options)
        let day = asOf ?? DayArgument.today()
        try await context.requireOn(day, purpose: "its figures on \(day) are not shown (give --as-of a date before the switch for its history)")
        try output.emit(try await context.position(on: day).statusSection)
    }
}
