import Foundation
import Logging
import PartnershipStore
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// An import killed with SIGKILL at several points leaves the store intact, every release in it
/// whole (its rows match its ledger entry), and a second run completes what the first did not,
/// on SQLite and on PostgreSQL.
@Suite(.serialized) struct KillTests {
    /// `smp import --bundled` into `path`, running, its output discarded.
    static func startImport(into database: String) throws -> Process {
        let process = Process()
        process.executableURL = RepositoryPaths.smpExecutable
        process.arguments = ["import", "--bundled", "--db", database]
        process.currentDirectoryURL = RepositoryPaths.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The store as the killed process left it, opened without migrating it.
    static func open(_ database: String, engine: StoreEngine) async throws -> any SQLStore {
        switch engine {
        case .sqlite: return try SQLiteStore(path: database)
        case .postgres: return try await PostgresStore(url: database, logger: Logger(label: "smp-test"))
        }
    }

    /// The tables that hold a release's rows (those with a `vintage_id`, but the notes).
    static func releaseTables(_ store: any SQLStore, engine: StoreEngine) async throws -> [String] {
        let query: SQLStatement =
            engine == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%vintage_id%' AND name <> 'import_note'"
            : """
            SELECT table_name AS name FROM information_schema.columns
            WHERE table_schema = current_schema() AND column_name = 'vintage_id' AND table_name <> 'import_note'
            """
        return try await store.rows(query).map { try $0.string("name") }
    }

    @Test(arguments: StoreEngine.available)
    func anImportKilledAtAnyPointLeavesEveryReleaseWholeOrAbsent(engine: StoreEngine) async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The kill points are fractions of an uninterrupted run on this engine and machine, so
        // they fall before, between and inside the releases wherever the time goes.
        let started = Date()
        let whole = try Self.startImport(into: engine.databaseArgument(in: folder))
        whole.waitUntilExit()
        #expect(whole.terminationStatus == 0)
        let full = Date().timeIntervalSince(started)
        let fractions = engine == .sqlite ? [0.02, 0.15, 0.35, 0.55, 0.75, 0.92] : [0.1, 0.4, 0.7, 0.95]
        var outcomes: [String] = []
        for delay in fractions.map({ $0 * full }) {
            let database = engine.databaseArgument(in: folder)
            let process = try Self.startImport(into: database)
            try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if engine == .sqlite && !FileManager.default.fileExists(atPath: database) {
                outcomes.append(String(format: "killed at %.2fs: no store yet", delay))
                continue
            }
            let store = try await Self.open(database, engine: engine)
            if engine == .sqlite {
                let check = try await store.rows("PRAGMA integrity_check").first?.string("integrity_check")
                #expect(check == "ok", "store damaged after a kill at \(delay)s")
            }
            let tables = try await Self.releaseTables(store, engine: engine)
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
            outcomes.append(String(format: "killed at %.2fs: %d whole release(s)", delay, vintages.count))
            // Running again completes the rest; what was in says "already imported".
            let again = try Self.startImport(into: database)
            again.waitUntilExit()
            #expect(again.terminationStatus == 0)
            #expect(try await ImportLedger(store: store).all().count == 9)
            await store.close()
        }
        print(String(format: "Kill test (%@, uninterrupted run %.1fs): ", engine.description, full) + outcomes.joined(separator: "; "))
    }
}
