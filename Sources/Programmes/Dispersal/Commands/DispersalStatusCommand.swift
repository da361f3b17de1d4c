import ArgumentParser
import CommandLineKit

/// `smp dispersal status --region ID`: every LA against its limit at a quarter end, with totals.
struct DispersalStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Per LA: population, limit, count, 1 in N, headroom, status, rate, shares; region totals.")
    @OptionGroup var options: DispersalOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        try await output.emit(try options.position(.quarter).statusSection)
    }
}
