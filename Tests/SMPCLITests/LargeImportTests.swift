import Foundation
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import TestSupport
import Testing

/// The all-or-nothing guarantee at national scale: a SYNTHETIC Asy_D11 of 217,430 rows (ten dated
/// copies of the bundled file) imported by the `smp` binary, whose one bad row sits at line
/// 200,000, changes nothing in a store that already holds a release; the same file made good imports whole.
@Suite(.serialized) struct LargeImportTests {
    let cli = CLITests()

    @Test func aBadRowNearTheEndOfALargeFileLeavesTheStoreUntouched() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let synthetic = SyntheticAsylumSupport(factor: 10, seed: 7)
        let written = try synthetic.write(into: folder)
        var lines = try String(contentsOf: written.url, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines.filter { !$0.isEmpty }.count == 1 + 217_430, "the header and 217,430 rows")
        var fields = lines[199_999].components(separatedBy: ",")
        fields[fields.count - 1] = "12x"
        lines[199_999] = fields.joined(separator: ",")
        let bad = folder.appendingPathComponent("SYNTHETIC-bad.csv")
        try lines.joined(separator: "\n").write(to: bad, atomically: true, encoding: .utf8)

        let db = folder.appendingPathComponent("smp.sqlite").path
        let clock = ["SMP_TODAY": "\(written.last.year + 1)-01-01"]
        let first = try await cli.smp(
            ["import", "asylum-support", RepositoryPaths.publishedData.appendingPathComponent("ho-local_authority_support.csv").path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let refused = try await cli.smp(["import", "asylum-support", bad.path, "--db", db, "--release", synthetic.release], environment: clock)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("SYNTHETIC-bad.csv:200000: error: row 199999, People: '12x'"), "\(refused.stderr.prefix(400))")
        #expect(refused.stderr.contains("1 problem(s)"), "the other 217,429 rows are good")
        let store = try SQLiteStore(path: db)
        let vintages = try await ImportLedger(store: store).all()
        #expect(vintages.map(\.dataset) == ["asylum-support"])
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM asylum_support").first?.int("n") == 21_743)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "the database file is byte for byte as it was")

        let good = try await cli.smp(["import", "asylum-support", written.url.path, "--db", db, "--release", synthetic.release], environment: clock)
        #expect(good.status == 0, "\(good.stderr.prefix(400))")
        #expect(try await store.rows("SELECT COUNT(*) AS n FROM asylum_support").first?.int("n") == 21_743 + 217_430)
        #expect(try await ImportLedger(store: store).all().last?.release == synthetic.release)
    }
}
