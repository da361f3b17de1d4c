import ArgumentParser
import CommandLineKit
import Foundation

/// `smp bench dispersal`: status for every English region's LAs across every quarter, and a plan.
struct DispersalBenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispersal",
        abstract:
            "Dispersal status for every English region's LAs across all imported quarters, and a 10,000-arrival plan (targets: under 50 ms each).")
    @Option(name: .long, help: "Runs of each; the median is reported.") var runs = 5
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let result = try await DispersalBenchmark(store: try database.openWithData(), runs: max(1, runs)).run()
        Console.out(
            String(
                format: "dispersal status: %d LAs in 9 regions x %d quarters in %.1f ms (median of %d; target under 50 ms)\n",
                result.localAuthorities, result.quarters, result.statusSeconds.median * 1000, result.statusSeconds.count))
        Console.out(
            String(
                format: "dispersal plan: 10,000 arrivals across %d LAs in %.1f ms (median of %d; target under 50 ms)\n",
                result.localAuthorities, result.planSeconds.median * 1000, result.planSeconds.count))
    }
}
