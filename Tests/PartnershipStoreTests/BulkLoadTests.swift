import Foundation
import Logging
import PartnershipStore
import Testing

/// A SQLite file created for a bulk load keeps the rollback journal until the load is finished
/// (its pages are written once), then runs in WAL mode like every store; a file that already
/// existed is never taken out of WAL mode; what was committed meanwhile is kept, and what was
/// rolled back is not.
@Suite struct BulkLoadTests {
    static let part = SchemaPart(owner: "test", migrations: [Migration("test.v1.note", ["CREATE TABLE note (body TEXT NOT NULL)"])])
    static let schema = try! StoreSchema([StoreSchema.core, part])
    struct Failure: Error {}

    func journal(_ store: any SQLStore) async throws -> String {
        try await store.rows("PRAGMA journal_mode").first?.string("journal_mode") ?? "?"
    }

    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smp-bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aNewFileIsJournalledUntilTheLoadEndsThenWritesAhead() async throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("new.sqlite").path
        let store = try await StoreOpener.open(path, schema: Self.schema, logger: Logger(label: "test"), forBulkLoad: true)
        #expect(try await journal(store) == "delete")
        try await store.transaction { try await $0.execute("INSERT INTO note (body) VALUES ('kept')") }
        await #expect(throws: Failure.self) {
            try await store.transaction { session in
                try await session.execute("INSERT INTO note (body) VALUES ('rolled back')")
                throw Failure()
            }
        }
        try await store.finishBulkLoad()
        #expect(try await journal(store) == "wal")
        #expect(try await store.rows("SELECT body FROM note").map { try $0.string("body") } == ["kept"])
        let reopened = try SQLiteStore(path: path)
        #expect(try await journal(reopened) == "wal")
        #expect(try await reopened.rows("SELECT body FROM note").map { try $0.string("body") } == ["kept"])
    }

    @Test func aFileThatExistedStaysInWALMode() async throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        _ = try await StoreOpener.open(path, schema: Self.schema, logger: Logger(label: "test"))
        let store = try await StoreOpener.open(path, schema: Self.schema, logger: Logger(label: "test"), forBulkLoad: true)
        #expect(try await journal(store) == "wal")
        try await store.finishBulkLoad()
        #expect(try await journal(store) == "wal")
    }
}
