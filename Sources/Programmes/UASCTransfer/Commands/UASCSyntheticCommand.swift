import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore

/// `smp uasc synthetic --region ID --out DIR [--seed N] [--requests N]`: seeded synthetic local
/// records as the CSV files the importers read, labelled synthetic in every row.
struct UASCSyntheticCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthetic", abstract: "Write seeded SYNTHETIC UASC-in-care counts and transfer requests as CSV (for demos and tests).")
    @Option(name: .long, help: "Region module id.") var region: String
    @OptionGroup var regions: RegionsOption
    @Option(name: .long, help: "Folder to write the two files into.") var out: String
    @Option(name: .long, help: "Seed (the same seed gives the same files).") var seed: UInt64 = 1
    @Option(name: .long, help: "Number of requests (1-1000).") var requests: Int = 40

    func validate() throws {
        guard (1...1000).contains(requests) else { throw ValidationError("--requests must be 1 to 1000 (got \(requests))") }
    }

    func run() async throws {
        let module = try Console.region(region, regions)
        let synthetic = SyntheticUASC(region: module, seed: seed, requests: requests)
        let folder = URL(fileURLWithPath: out)
        let care = folder.appendingPathComponent("\(module.id)-uasc-in-care.synthetic.csv")
        let steps = folder.appendingPathComponent("\(module.id)-uasc-requests.synthetic.csv")
        try RecordFile.write(synthetic.inCareCSV(), to: care.path)
        try RecordFile.write(synthetic.requestsCSV(), to: steps.path)
        Console.out("Wrote SYNTHETIC records (seed \(seed)), not real figures:\n  \(care.path)\n  \(steps.path)\n")
    }
}
