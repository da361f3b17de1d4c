import CommandLineKit
import Foundation

/// `smp bench dispersal`: the whole path a user runs, `smp dispersal status --region R` as its own
/// process (start-up, region module, store, query, report), against the sqlite3 shell running the
/// one query the status needs (every LA's people by support and accommodation type at the latest
/// quarter end) on the same store, interleaved; then `smp compare` for every region, whole process.
struct DispersalBenchmark {
    let store: String
    let region: String
    let runs: Int
    var environment: [String: String] = [:]

    /// The single query `dispersal status` needs, for the anchor.
    static let statusQuery = """
        SELECT la_code, support_type, accommodation_type, SUM(people) FROM asylum_support
        WHERE vintage_id = (SELECT MAX(id) FROM import_vintage WHERE dataset = 'asylum-support')
          AND snapshot = (SELECT MAX(snapshot) FROM asylum_support
                          WHERE vintage_id = (SELECT MAX(id) FROM import_vintage WHERE dataset = 'asylum-support'))
          AND la_code IS NOT NULL
        GROUP BY la_code, support_type, accommodation_type
        """

    struct Result {
        let status: InterleavedRuns
        let compare: [Double]
        let rows: Int
    }

    func run() throws -> Result {
        guard let smp = ChildProcess.smp else { throw ChildProcess.Failure(what: "smp", reason: "cannot find its own executable") }
        guard let shell = ChildProcess.sqlite3 else {
            throw ChildProcess.Failure(what: "sqlite3", reason: "not installed (apt-get install sqlite3): it is the anchor")
        }
        let rows =
            Int(try ChildProcess.run(shell, [store, "SELECT COUNT(*) FROM asylum_support"]).output.trimmingCharacters(in: .whitespacesAndNewlines))
            ?? 0
        let status = try InterleavedRuns.measure(
            runs: runs,
            product: (
                "smp dispersal status --region \(region)",
                { _, measure in
                    try ChildProcess.run(smp, ["dispersal", "status", "--region", region, "--db", store], environment: environment, measure: measure)
                }
            ),
            anchor: ("sqlite3, the one query it needs", { _, measure in try ChildProcess.run(shell, [store, Self.statusQuery], measure: measure) }))
        var compare: [Double] = []
        for _ in 0..<max(1, runs) {
            compare.append(try ChildProcess.run(smp, ["compare", "--db", store], environment: environment).seconds)
        }
        return Result(status: status, compare: compare, rows: rows)
    }
}
