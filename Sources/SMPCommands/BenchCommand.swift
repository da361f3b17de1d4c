import ArgumentParser
import CommandLineKit
import Foundation
import PublishedStatistics

/// `smp bench …`: performance figures, measured here and printed (never asserted in unit tests).
/// `import` is the platform's; the rest come from the programmes.
struct BenchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "bench", abstract: "Benchmarks: run with `swift run -c release smp bench …` for meaningful figures.",
            subcommands: [Import.self, ServeBenchmark.self] + (CommandContext.current?.registry.benchmarks ?? []))
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import the full Asy_D11 file into a new database, whole process, interleaved with sqlite3's own .import (target: no worse than 1.5x)."
        )
        @Option(name: .long, help: "The Asy_D11 file (default: the bundled copy).") var file: String?
        @Option(name: .long, help: "Runs of each; the median is reported.") var runs = 5

        func run() async throws {
            let url = file.map { URL(fileURLWithPath: $0) } ?? BundledData.file("ho-local_authority_support.csv")
            let result = try await ImportBenchmark(file: url, runs: max(1, runs)).run()
            let smp = result.smpSeconds
            Console.out(
                String(
                    format:
                        "smp import asylum-support, whole process into a new SQLite file: %d rows, min %.1f ms, median %.1f ms (%d runs), "
                        + "validation, successor codes and ledger included\n",
                    result.rows, (smp.min() ?? 0) * 1000, smp.median * 1000, smp.count))
            guard let sqlite = result.sqlite3Seconds else {
                Console.out("sqlite3 shell not found: install it (apt-get install sqlite3) to print the ratio\n")
                return
            }
            Console.out(
                String(
                    format: "sqlite3 NEW.sqlite '.import --csv', whole process: min %.1f ms, median %.1f ms (%d runs, interleaved with smp's)\n",
                    (sqlite.min() ?? 0) * 1000, sqlite.median * 1000, sqlite.count))
            Console.out(String(format: "ratio smp / sqlite3 (medians): %.2fx (target: 1.50x or better)\n", smp.median / sqlite.median))
        }
    }
}
