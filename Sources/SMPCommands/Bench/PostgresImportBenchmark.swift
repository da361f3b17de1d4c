import CommandLineKit
import Foundation
import PartnershipCore
import PublishedStatistics

/// `smp bench import --postgres URL`: the whole path on PostgreSQL, `smp import DATASET FILE --db
/// URL?schema=NEW` (migrations, checks, COPY, ledger) against psql's `\copy` of the same file into
/// a new table, interleaved; each run's schema and table are dropped after.
struct PostgresImportBenchmark {
    let url: String
    let dataset: String
    let file: URL
    let runs: Int
    /// For the child processes (`SMP_TODAY` for a synthetic file's later years).
    var environment: [String: String] = [:]
    /// `--release` for `smp import` (a synthetic file's label).
    var release: String?

    static var psql: String? { ["/usr/bin/psql", "/usr/local/bin/psql"].first(where: FileManager.default.isExecutableFile) }

    func run() throws -> InterleavedRuns {
        guard let smp = ChildProcess.smp else { throw ChildProcess.Failure(what: "smp", reason: "cannot find its own executable") }
        guard let psql = Self.psql else { throw ChildProcess.Failure(what: "psql", reason: "not installed (apt-get install postgresql-client)") }
        var problems: [Diagnostic] = []
        let header = CheckedCSV(.file(file), file: file.lastPathComponent, required: [], problems: &problems)?.header ?? []
        let columns = header.indices.map { "c\($0) TEXT" }.joined(separator: ", ")
        let separator = url.contains("?") ? "&" : "?"
        let tag = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        func sql(_ command: String) throws { _ = try ChildProcess.run(psql, [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", command]) }
        defer {
            for run in 0...max(1, runs) {
                try? sql("DROP SCHEMA IF EXISTS bench_\(tag)_\(run) CASCADE")
                try? sql("DROP TABLE IF EXISTS bench_\(tag)_copy_\(run)")
            }
        }
        return try InterleavedRuns.measure(
            runs: runs,
            product: (
                "smp import \(dataset) --db postgres",
                { run, measure in
                    try ChildProcess.run(
                        smp,
                        ["import", dataset, file.path, "--db", "\(url)\(separator)schema=bench_\(tag)_\(run)"]
                            + (release.map { ["--release", $0] } ?? []), environment: environment, measure: measure)
                }
            ),
            anchor: (
                "psql \\copy into a new table",
                { run, measure in
                    try ChildProcess.run(
                        psql,
                        [
                            url, "-v", "ON_ERROR_STOP=1", "-q", "-c", "CREATE TABLE bench_\(tag)_copy_\(run) (\(columns))", "-c",
                            "\\copy bench_\(tag)_copy_\(run) FROM '\(file.path)' WITH (FORMAT csv, HEADER true)",
                        ], measure: measure)
                }
            ))
    }
}
