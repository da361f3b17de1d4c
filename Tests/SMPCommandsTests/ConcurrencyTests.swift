import Crypto
import Foundation
import PublishedStatistics
import TestSupport
import Testing

/// Safe concurrent use: the same file imported twice at once goes in once and the other run says
/// "already imported"; reads beside an import all succeed; opening a migrated store writes nothing.
@Suite(.serialized) struct ConcurrencyTests {
    static let folder = try! RepositoryPaths.temporaryFolder()

    @Test(arguments: StoreEngine.available)
    func twoIdenticalImportsAtOnceGoInOnce(engine: StoreEngine) async throws {
        let smp = try InProcessCLI()
        let db = ["--db", engine.databaseArgument(in: Self.folder)]
        let file = BundledData.file("ho-local_authority_resettlement.csv").path
        #expect(await smp(["db", "migrate"] + db).status == 0)
        async let first = smp(["import", "resettlement", file] + db)
        async let second = smp(["import", "resettlement", file] + db)
        async let read = smp(["db", "vintages", "--format", "json"] + db)
        let runs = await [first, second, read]
        #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr))")
        let outputs = runs.prefix(2).map(\.stdout)
        #expect(outputs.filter { $0.hasPrefix("Imported") }.count == 1 && outputs.filter { $0.hasPrefix("Already imported") }.count == 1)
        let vintages =
            try JSONSerialization.jsonObject(with: Data(await smp(["db", "vintages", "--format", "json"] + db).stdout.utf8)) as? [[String: Any]]
        #expect(vintages?.filter { $0["dataset"] as? String == "resettlement" }.count == 1)
    }

    /// A store's first two imports, of different datasets, at once: on PostgreSQL each would check
    /// its keys at the end, which locks the ledger's table until it commits. Both go in: one waits
    /// for the other rather than the two deadlocking.
    @Test(arguments: StoreEngine.available)
    func twoFirstImportsOfDifferentDatasetsAtOnceBothGoIn(engine: StoreEngine) async throws {
        let smp = try InProcessCLI()
        let db = ["--db", engine.databaseArgument(in: Self.folder)]
        #expect(await smp(["db", "migrate"] + db).status == 0)
        async let first = smp(["import", "resettlement", BundledData.file("ho-local_authority_resettlement.csv").path] + db)
        async let second = smp(["import", "nts", BundledData.file("ho-nts.csv").path] + db)
        let runs = await [first, second]
        #expect(runs.allSatisfy { $0.status == 0 && $0.stdout.hasPrefix("Imported") }, "\(runs.map(\.stderr))")
        let vintages =
            try JSONSerialization.jsonObject(with: Data(await smp(["db", "vintages", "--format", "json"] + db).stdout.utf8)) as? [[String: Any]]
        #expect(Set(vintages?.compactMap { $0["dataset"] as? String } ?? []) == ["resettlement", "nts"])
    }

    @Test func openingAMigratedStoreWritesNothing() async throws {
        let smp = try InProcessCLI()
        let path = Self.folder.appendingPathComponent("quiet.sqlite").path
        #expect(await smp(["db", "migrate", "--db", path]).status == 0)
        func digest() throws -> String {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path)) + ((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
            return SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        }
        let before = try digest()
        #expect(await smp(["db", "vintages", "--db", path]).status == 0)
        #expect(await smp(["db", "migrate", "--db", path]).status == 0)
        #expect(try digest() == before)
    }

    /// An import into a new file writes its pages once (rollback journal) and leaves the file in
    /// WAL mode, so the next command to open it writes nothing either.
    @Test func aStoreAnImportCreatedIsLeftAsEveryStoreIs() async throws {
        let smp = try InProcessCLI()
        let path = Self.folder.appendingPathComponent("imported.sqlite").path
        let file = BundledData.file("ho-nrm_reasonable_grounds.csv").path
        #expect(await smp(["import", "nrm", file, "--db", path]).status == 0)
        func digest() throws -> String {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path)) + ((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
            return SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        }
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(20)
        #expect(header[18] == 2 && header[19] == 2, "the file header names WAL mode (read and write version 2)")
        let before = try digest()
        #expect(await smp(["db", "vintages", "--db", path]).status == 0)
        #expect(try digest() == before)
    }
}
