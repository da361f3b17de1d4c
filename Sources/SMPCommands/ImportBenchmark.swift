import Foundation
import PartnershipStore
import PublishedStatistics

/// `smp bench import`: the whole path a user runs, `smp import asylum-support FILE --db NEW.sqlite`
/// as its own process (start-up, validation, successor codes, ledger, commit), against the sqlite3
/// shell's `.import --csv FILE t` into a new database file, on the same file. The runs interleave
/// (smp, sqlite3, smp, sqlite3 …) so the machine's load falls on both.
struct ImportBenchmark {
    let file: URL
    let runs: Int

    struct Result {
        let rows: Int
        let smpSeconds: [Double]
        let sqlite3Seconds: [Double]?
    }

    func run() async throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smp-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let smp = Bundle.main.executablePath ?? CommandLine.arguments.first.map({ URL(fileURLWithPath: $0).path }) else {
            throw BenchError.noExecutable
        }
        let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"].first(where: FileManager.default.isExecutableFile)
        var product: [Double] = [], anchor: [Double] = []
        var rows = 0
        for run in 0..<runs {
            let database = folder.appendingPathComponent("smp-\(run).sqlite").path
            product.append(try Self.time(smp, ["import", "asylum-support", file.path, "--db", database]))
            if run == 0 {
                let store = try SQLiteStore(path: database)
                guard let vintage = try await ImportLedger(store: store).all().first else { throw BenchError.importFailed(file.path) }
                rows = vintage.rowCount
            }
            if let shell {
                anchor.append(try Self.time(shell, [folder.appendingPathComponent("sqlite3-\(run).sqlite").path, ".import --csv \(file.path) t"]))
            }
        }
        return Result(rows: rows, smpSeconds: product, sqlite3Seconds: shell == nil ? nil : anchor)
    }

    /// Wall-clock seconds of one process, from launch to exit; a failed run stops the benchmark.
    static func time(_ executable: String, _ arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let started = Date()
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError.importFailed("\(executable) \(arguments.joined(separator: " "))") }
        return Date().timeIntervalSince(started)
    }

    enum BenchError: Error, CustomStringConvertible {
        case importFailed(String)
        case noExecutable
        var description: String {
            switch self {
            case .importFailed(let what): "the benchmark run failed: \(what)"
            case .noExecutable: "cannot find the smp executable to run"
            }
        }
    }
}
