import CommandLineKit
import Foundation
import PartnershipStore
import PublishedStatistics

/// `smp bench import`: the whole path a user runs, `smp import DATASET FILE --db NEW.sqlite` as
/// its own process (start-up, checks, successor codes, ledger, commit), against the sqlite3
/// shell's `.import --csv FILE t` into a new database file, on the same file, interleaved.
struct ImportBenchmark {
    let dataset: String
    let file: URL
    let runs: Int
    var environment: [String: String] = [:]
    var release: String?
    /// Where the databases go; a temporary folder, removed after, when nil (else the last smp store is kept there).
    var folder: URL?

    struct Result {
        let rows: Int
        let runs: InterleavedRuns
        /// The last run's smp database.
        let store: String
    }

    func run() async throws -> Result {
        guard let smp = ChildProcess.smp else { throw ChildProcess.Failure(what: "smp", reason: "cannot find its own executable") }
        guard let shell = ChildProcess.sqlite3 else {
            throw ChildProcess.Failure(what: "sqlite3", reason: "not installed (apt-get install sqlite3): it is the anchor")
        }
        let folder = self.folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("smp-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if self.folder == nil { try? FileManager.default.removeItem(at: folder) } }
        func fresh(_ name: String) -> String {
            let path = folder.appendingPathComponent(name).path
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            return path
        }
        let arguments = ["import", dataset, file.path] + (release.map { ["--release", $0] } ?? [])
        let runs = try InterleavedRuns.measure(
            runs: runs,
            product: (
                "smp import \(dataset)",
                { _, measure in
                    try ChildProcess.run(smp, arguments + ["--db", fresh("smp.sqlite")], environment: environment, measure: measure)
                }
            ),
            anchor: (
                "sqlite3 .import --csv",
                { _, measure in
                    try ChildProcess.run(shell, [fresh("sqlite3.sqlite"), ".import --csv \(file.path) t"], measure: measure)
                }
            ))
        let path = folder.appendingPathComponent("smp.sqlite").path
        let vintage = try await ImportLedger(store: try SQLiteStore(path: path)).all().first
        guard let vintage else { throw ChildProcess.Failure(what: file.path, reason: "nothing imported") }
        return Result(rows: vintage.rowCount, runs: runs, store: path)
    }
}
