import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore

/// `smp resettlement synthetic batch|arrivals`: seeded synthetic CSV files (labelled synthetic) to
/// try the full cycle through the normal import commands.
struct SyntheticCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthetic", abstract: "Write seeded SYNTHETIC pledge, referral and arrival files for a demo or test (never real data).",
        subcommands: [Batch.self, Arrivals.self])

    struct Batch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch", abstract: "Write synthetic pledges and one synthetic referral batch as CSV files.")
        @OptionGroup var options: ResettlementOptions
        @Option(name: .long, help: "Financial year (default: the region's target year, else the current one).") var year: FinancialYear?
        @Option(name: .long, help: "Batch id.") var batch: String = "SYN1"
        @Option(name: .long, help: "Households in the batch (1-10000).") var households: Int = 30
        @Option(name: .long, help: "Seed: the same seed writes the same files.") var seed: UInt64 = 1
        @Option(name: .long, help: "Folder to write to.") var out: String = "synthetic"

        func validate() throws {
            guard (1...10_000).contains(households) else { throw ValidationError("--households must be 1 to 10000 (got \(households))") }
            if let problem = SourceText.problem(inBatch: batch) { throw ValidationError("--batch: \(problem)") }
        }

        func run() async throws {
            let context = try await ResettlementContext(options)
            let today = DayArgument.today()
            let fy = year ?? context.settings(on: today).targetYear ?? FinancialYear(containing: today)
            let generator = SyntheticResettlement(seed: seed)
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let pledges = folder.appendingPathComponent("\(context.region.id)-\(context.programme.id)-pledges-\(fy).csv")
            let referrals = folder.appendingPathComponent("\(context.region.id)-\(context.programme.id)-referrals-\(batch).csv")
            try generator.pledgesCSV(region: context.region, year: fy).write(to: pledges, atomically: true, encoding: .utf8)
            try generator.referralsCSV(batch: batch, households: households, year: fy).write(to: referrals, atomically: true, encoding: .utf8)
            let common = "--region \(context.region.id) --scheme \(context.programme.id)"
            Console.out(
                """
                Wrote SYNTHETIC data (\(generator.label); not real pledges or cases):
                  \(pledges.path)
                  \(referrals.path)
                Next:
                  smp resettlement pledge import \(common) \(pledges.path)
                  smp resettlement referral import \(common) --batch \(batch) \(referrals.path)
                  smp resettlement match \(common) --batch \(batch) --accept --on \(generator.matchDay(year: fy))
                  smp resettlement synthetic arrivals \(common) --batch \(batch) --seed \(seed) --out \(out)

                """)
        }
    }

    struct Arrivals: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "arrivals", abstract: "Write synthetic arrivals for a batch's accepted matches as a CSV file.")
        @OptionGroup var options: ResettlementOptions
        @Option(name: .long, help: "Batch id.") var batch: String = "SYN1"
        @Option(name: .long, help: "Seed.") var seed: UInt64 = 1
        @Option(name: .long, help: "Folder to write to.") var out: String = "synthetic"

        func run() async throws {
            let context = try await ResettlementContext(options)
            let matches = try await context.records.matches(batch: batch)
            guard !matches.isEmpty else {
                throw CommandError(
                    "batch \(batch) has no accepted matches in \(context.heading); run 'smp resettlement match --batch \(batch) --accept' first")
            }
            let generator = SyntheticResettlement(seed: seed)
            let file = URL(fileURLWithPath: out).appendingPathComponent("\(context.region.id)-\(context.programme.id)-arrivals-\(batch).csv")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try await generator.arrivalsCSV(matches: matches, referrals: try context.records.referrals(batch: batch)).write(
                to: file, atomically: true, encoding: .utf8)
            let common = "--region \(context.region.id) --scheme \(context.programme.id)"
            Console.out(
                """
                Wrote SYNTHETIC arrivals (\(generator.label)) for \(matches.count) matched households:
                  \(file.path)
                Next:
                  smp resettlement arrival import \(common) \(file.path)
                  smp resettlement funding \(common)
                  smp resettlement progress \(common) --as-of <a date after the arrivals>

                """)
        }
    }
}
