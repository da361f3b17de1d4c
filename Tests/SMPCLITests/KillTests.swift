import Foundation
import PartnershipStore
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// An import killed with SIGKILL at several points leaves the store intact, every release in it
/// whole (its rows match its ledger entry), and a second run completes what the first did not.
@Suite(.serialized) struct KillTests {
    /// `smp import --bundled` into `path`, running, its output discarded.
    static func startImport(into path: String) throws -> Process {
        let process = Process()
        process.executableURL = RepositoryPaths.smpExecutable
        process.arguments = ["import", "--bundled", "--db", path]
        process.currentDirectoryURL = RepositoryPaths.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func anImportKilledAtAnyPointLeavesEveryReleaseWholeOrAbsent() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outcomes: [String] = []
        for (index, delay) in [0.05, 0.3, 0.6, 1.0, 1.6, 2.5].enumerated() {
            let path = folder.appendingPathComponent("kill-\(index).sqlite").path
            let process = try Self.startImport(into: path)
            try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: path) else {
                outcomes.append("killed at \(delay)s: no store yet")
                continue
            }
            let store = try SQLiteStore(path: path)
            let check = try await store.rows("PRAGMA integrity_check").first?.string("integrity_check")
            #expect(check == "ok", "store damaged after a kill at \(delay)s")
            let tables = try await store.rows(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%vintage_id%' AND name <> 'import_note'"
            ).map { try $0.string("name") }
            let vintages = (try? await ImportLedger(store: store).all()) ?? []
            for vintage in vintages {
                var rows = 0
                for table in tables {
                    rows +=
                        try await store.rows("SELECT COUNT(*) AS n FROM \(raw: table) WHERE vintage_id = \(bind: .integer(vintage.id))").first?.int(
                            "n") ?? 0
                }
                #expect(rows == vintage.rowCount, "vintage \(vintage.id) (\(vintage.dataset)) has \(rows) rows, its ledger says \(vintage.rowCount)")
            }
            outcomes.append("killed at \(delay)s: \(vintages.count) whole release(s)")
            // Running again completes the rest; what was in says "already imported".
            let again = try Self.startImport(into: path)
            again.waitUntilExit()
            #expect(again.terminationStatus == 0)
            #expect(try await ImportLedger(store: SQLiteStore(path: path)).all().count == 9)
        }
        print("Kill test: " + outcomes.joined(separator: "; "))
    }
}
