import ArgumentParser
import Foundation
import PublishedStatistics

/// `smp bench …`: performance figures, measured here and printed (never asserted in unit tests).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmarks: run with `swift run -c release smp bench …` for meaningful figures.",
        subcommands: [Import.self, Dispersal.self, Match.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import the full Asy_D11 file into a fresh database; compare with sqlite3's own .import (target: no worse than 1.5x).")
        @Option(name: .long, help: "The Asy_D11 file (default: the bundled copy).") var file: String?
        @Option(name: .long, help: "Runs of each; the median is reported.") var runs = 5

        func run() throws {
            let url = file.map { URL(fileURLWithPath: $0) } ?? BundledData.file("ho-local_authority_support.csv")
            let result = try ImportBenchmark(file: url, runs: max(1, runs)).run()
            let smp = result.smpSeconds.median
            Console.out(String(format: "smp import asylum-support: %d rows in %.1f ms (median of %d) = %.0f rows/s, validation, successor codes and ledger included\n",
                               result.rows, smp * 1000, result.smpSeconds.count, Double(result.rows) / smp))
            guard let sqlite = result.sqlite3Seconds?.median else {
                Console.out("sqlite3 shell not found: install it (apt-get install sqlite3) to print the ratio\n")
                return
            }
            Console.out(String(format: "sqlite3 :memory: '.import --csv': %.1f ms (median of %d, process start included)\n", sqlite * 1000, result.sqlite3Seconds!.count))
            Console.out(String(format: "ratio smp / sqlite3: %.2fx (target: 1.50x or better)\n", smp / sqlite))
        }
    }

    struct Dispersal: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dispersal status for every English region's LAs across all imported quarters, and a 10,000-arrival plan (targets: under 50 ms each).")
        @Option(name: .long, help: "Runs of each; the median is reported.") var runs = 5
        @OptionGroup var database: DatabaseOption

        func run() throws {
            let result = try DispersalBenchmark(store: try database.openWithData(), runs: max(1, runs)).run()
            Console.out(String(format: "dispersal status: %d LAs in 9 regions x %d quarters in %.1f ms (median of %d; target under 50 ms)\n",
                               result.localAuthorities, result.quarters, result.statusSeconds.median * 1000, result.statusSeconds.count))
            Console.out(String(format: "dispersal plan: 10,000 arrivals across %d LAs in %.1f ms (median of %d; target under 50 ms)\n",
                               result.localAuthorities, result.planSeconds.median * 1000, result.planSeconds.count))
        }
    }

    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Resettlement matching of a seeded synthetic batch against a region's synthetic pledges, roomy and oversubscribed (target: under 1 s for 1,000 households).")
        @Option(name: .long, help: "Region module whose LAs get the synthetic pledges.") var region = "east-midlands"
        @Option(name: .long, help: "Households in the synthetic batch.") var households = 1_000
        @Option(name: .long, help: "Runs of each; the median is reported.") var runs = 5
        @OptionGroup var regions: RegionsOption

        func run() throws {
            let module = try Console.region(region, in: try Console.catalog(regions))
            let result = try MatchBenchmark(region: module, households: max(1, households), runs: max(1, runs)).run()
            Console.out("SYNTHETIC batch (seed 2024) of \(households) households against \(result.offers) synthetic pledges in \(module.id):\n")
            Console.out(String(format: "match, roomy pledges: %d placed in %.1f ms (median of %d)\n", result.roomy.placed, result.roomy.seconds.median * 1000, runs))
            Console.out(String(format: "match, oversubscribed pledges: %d placed in %.1f ms (median of %d)\n", result.oversubscribed.placed, result.oversubscribed.seconds.median * 1000, runs))
        }
    }
}
