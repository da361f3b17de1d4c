import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore

/// `smp bench match`: resettlement matching of a seeded synthetic batch, roomy and oversubscribed.
struct MatchBenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract:
            "Resettlement matching of a seeded synthetic batch against a region's synthetic pledges, roomy and oversubscribed (target: under "
            + "1 s for 1,000 households)."
    )
    @Option(name: .long, help: "Region module whose LAs get the synthetic pledges.") var region = "east-midlands"
    @Option(name: .long, help: "Households in the synthetic batch (1-100000).") var households = 1_000
    @Option(name: .long, help: "Runs of each; the median is reported.") var runs = 5
    @OptionGroup var regions: RegionsOption

    func validate() throws {
        guard (1...100_000).contains(households) else { throw ValidationError("--households must be 1 to 100000 (got \(households))") }
        guard (1...1_000).contains(runs) else { throw ValidationError("--runs must be 1 to 1000 (got \(runs))") }
    }

    func run() async throws {
        let module = try Console.region(region, regions)
        let result = try MatchBenchmark(region: module, households: households, runs: runs).run()
        Console.out("SYNTHETIC batch (seed 2024) of \(households) households against \(result.offers) synthetic pledges in \(module.id):\n")
        Console.out(
            String(
                format: "match, roomy pledges: %d placed in %.1f ms (median of %d)\n", result.roomy.placed, result.roomy.seconds.median * 1000, runs))
        Console.out(
            String(
                format: "match, oversubscribed pledges: %d placed in %.1f ms (median of %d)\n", result.oversubscribed.placed,
                result.oversubscribed.seconds.median * 1000, runs))
    }
}
