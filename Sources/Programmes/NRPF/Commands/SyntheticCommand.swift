import ArgumentParser
import CommandLineKit
import Foundation

/// `smp nrpf synthetic --region ID --out FILE [--seed N] [--count N]`: seeded SYNTHETIC cases as CSV.
struct SyntheticCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthetic", abstract: "Write seeded SYNTHETIC NRPF cases as CSV (for demos and tests).")
    @Option(name: .long, help: "Region module id.") var region: String
    @OptionGroup var regions: RegionsOption
    @Option(name: .long, help: "File to write.") var out: String
    @Option(name: .long, help: "Seed (the same seed gives the same file).") var seed: UInt64 = 1
    @Option(name: .long, help: "Number of cases (1-5000).") var count: Int = 80

    func validate() throws {
        guard (1...5000).contains(count) else { throw ValidationError("--count must be 1 to 5000 (got \(count))") }
    }

    func run() async throws {
        let module = try Console.region(region, regions)
        try RecordFile.write(SyntheticNRPFCases(region: module, seed: seed, count: count).csv(), to: out)
        Console.out("Wrote \(count) SYNTHETIC NRPF cases (seed \(seed)), not real figures, to \(out)\n")
    }
}
