import Foundation
import Logging
import PartnershipStore
import PublishedStatistics

/// `smp bench import`: the full Asy_D11 file into a fresh SQLite database (validation included),
/// against `sqlite3 :memory: '.import --csv FILE t'` on the same file in the same run.
struct ImportBenchmark {
    let file: URL
    let runs: Int

    struct Result {
        let rows: Int
        let smpSeconds: [Double]
        let sqlite3Seconds: [Double]?
    }

    func run() async throws -> Result {
        var rows = 0
        var smp: [Double] = []
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smp-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for run in 0..<runs {
            let path = folder.appendingPathComponent("bench-\(run).sqlite").path
            let started = Date()
            let store = try SQLiteStore(path: path)
            try await StoreSchema([StoreSchema.core, PublishedDataset.asylumSupport.schemaPart]).migrate(store, logger: Logger(label: "smp-bench"))
            guard case .imported(let vintage, _, _) = try await TableImporter(store: store).importFile(file, as: AsylumSupportTable()) else {
                throw BenchError.importFailed(file.path)
            }
            smp.append(Date().timeIntervalSince(started))
            rows = vintage.rowCount
        }
        return Result(rows: rows, smpSeconds: smp, sqlite3Seconds: try sqlite3Times())
    }

    /// Times the sqlite3 shell's own CSV import, or nil when the shell is not installed.
    private func sqlite3Times() throws -> [Double]? {
        guard
            let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"].first(where: FileManager.default.isExecutableFile)
        else { return nil }
        return try (0..<runs).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: shell)
            process.arguments = [":memory:", ".import --csv \(file.path) t"]
            let started = Date()
            try process.run()
            process.waitUntilExit()
            return Date().timeIntervalSince(started)
        }
    }

    enum BenchError: Error, CustomStringConvertible {
        case importFailed(String)
        var description: String {
            switch self {
            case .importFailed(let file): "the benchmark file \(file) did not import cleanly"
            }
        }
    }
}
