import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import ProgrammeKit
import PublishedStatistics

/// `smp bench …`: performance figures, measured here and printed (never asserted in unit tests).
/// `import`, `dispersal`, `scale` and `serve` are the platform's; the rest come from the programmes.
struct BenchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "bench", abstract: "Benchmarks: run with `swift run -c release smp bench …` for meaningful figures.",
            subcommands: [Import.self, Dispersal.self, Scale.self, ServeBenchmark.self] + (CommandContext.current?.registry.benchmarks ?? []))
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import each bundled Home Office table into a new database, whole process, interleaved with sqlite3's own .import "
                + "(targets: Asy_D11 no worse than 1.5x, the others 2x).")
        @Option(name: .long, help: "An Asy_D11 file to time instead of the bundled tables.") var file: String?
        @Option(name: .long, help: "Runs of each; the median is reported.") var runs = 5
        @Option(name: .long, help: "A PostgreSQL URL: time the import there against psql's \\copy instead (target 2x).") var postgres: String?

        func run() async throws {
            var cases: [(dataset: String, file: URL, target: Double)] = []
            if let file {
                cases = [(AsylumSupportTable.dataset, URL(fileURLWithPath: file), 1.5)]
            } else {
                for dataset in try Console.registry().platform.datasets where dataset.bundled.first?.table.publisher.hasPrefix("Home Office") == true
                {
                    for entry in dataset.bundled {
                        cases.append((dataset.id, BundledData.file(entry.file), dataset.id == AsylumSupportTable.dataset ? 1.5 : 2.0))
                    }
                }
            }
            for item in cases {
                if let postgres {
                    let runs = try PostgresImportBenchmark(url: postgres, dataset: item.dataset, file: item.file, runs: max(1, runs)).run()
                    Console.out("\(item.file.lastPathComponent), whole process into a new PostgreSQL schema:\n" + runs.report(target: 2.0))
                    continue
                }
                let result = try await ImportBenchmark(dataset: item.dataset, file: item.file, runs: max(1, runs)).run()
                Console.out("\(item.file.lastPathComponent) (\(result.rows) rows), whole process into a new SQLite file:\n")
                Console.out(result.runs.report(target: item.target))
            }
        }
    }

    struct Dispersal: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dispersal",
            abstract:
                "dispersal status, whole process, interleaved with sqlite3 running the one query it needs (target 2x); compare, whole process (target under 50 ms)."
        )
        @Option(name: .long, help: "Region module id.") var region = "north-east"
        @Option(name: .long, help: "Runs of each; the median is reported.") var runs = 5
        @Option(name: .long, help: "An SQLite store to read (default: a new one with the bundled tables).") var db: String?

        func run() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smp-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            var store = db ?? ""
            if db == nil {
                guard let smp = ChildProcess.smp else { throw CommandError("cannot find the smp executable") }
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                store = folder.appendingPathComponent("bundled.sqlite").path
                _ = try ChildProcess.run(smp, ["import", "--bundled", "--db", store])
            }
            let result = try DispersalBenchmark(store: store, region: region, runs: max(1, runs)).run()
            Console.out(Self.report(result, compareTarget: 0.05))
        }

        static func report(_ result: DispersalBenchmark.Result, compareTarget: Double) -> String {
            "dispersal status on a store of \(result.rows) Asy_D11 rows, whole process:\n" + result.status.report(target: 2.0)
                + String(
                    format: "smp compare (every region), whole process: min %.1f ms, median %.1f ms (%d runs; target under %.0f ms)\n",
                    (result.compare.min() ?? 0) * 1000, result.compare.median * 1000, result.compare.count, compareTarget * 1000)
        }
    }

    struct Scale: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scale",
            abstract:
                "Write a SYNTHETIC Asy_D11 at --factor times the bundled rows (real LA names and codes, later years), import it beside sqlite3 "
                + "(time and peak memory), then time dispersal status and compare on the result.")
        @Option(name: .long, help: "Copies of the bundled rows: 10 or 100 (1 to 100).") var factor = 10
        @Option(name: .long, help: "Runs of each; the median is reported.") var runs = 2
        @Option(name: .long, help: "Seed for the synthetic counts.") var seed: UInt64 = 1
        @Option(name: .long, help: "Also import it into new schemas of this PostgreSQL database, beside psql's \\copy (target 2x).")
        var postgres: String?

        func validate() throws {
            guard SyntheticAsylumSupport.factors.contains(factor) else { throw ValidationError("--factor must be 1 to 100, not \(factor)") }
        }

        func run() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smp-scale-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let synthetic = SyntheticAsylumSupport(factor: factor, seed: seed)
            let written = try synthetic.write(into: folder)
            // The synthetic quarters lie in later years: the import's check that no date is past
            // the next quarter end, and "the latest quarter", read a clock set after them.
            let clock = ["SMP_TODAY": Day(year: written.last.year + 1, month: 1, day: 1)!.description]
            Console.out(
                "SYNTHETIC data: \(written.url.lastPathComponent), \(written.rows) rows (\(factor) dated copies of the bundled Asy_D11, seed \(seed)), "
                    + "run with SMP_TODAY=\(clock["SMP_TODAY"]!)\n")
            let imported = try await ImportBenchmark(
                dataset: AsylumSupportTable.dataset, file: written.url, runs: max(1, runs), environment: clock, release: synthetic.release,
                folder: folder
            ).run()
            Console.out("import, whole process into a new SQLite file (target 1.5x, peak under 100 MB):\n" + imported.runs.report(target: 1.5))
            if let postgres {
                let copied = try PostgresImportBenchmark(
                    url: postgres, dataset: AsylumSupportTable.dataset, file: written.url, runs: max(1, runs), environment: clock,
                    release: synthetic.release
                ).run()
                Console.out("import, whole process into a new PostgreSQL schema (target 2x):\n" + copied.report(target: 2.0))
            }
            let queried = try DispersalBenchmark(store: imported.store, region: "north-east", runs: max(1, runs), environment: clock).run()
            Console.out(Dispersal.report(queried, compareTarget: 0.1))
        }
    }
}
