import Foundation
import Logging
import PartnershipStore
import Testing

/// A SQLite file store answers a read while another task holds its writing connection: the read
/// runs beside the transaction instead of waiting for it, sees only what was committed, and can
/// write nothing.
@Suite(.timeLimit(.minutes(1))) struct ConcurrentReadTests {
    static let part = SchemaPart(owner: "test", migrations: [Migration("test.v1.note", ["CREATE TABLE note (body TEXT NOT NULL)"])])

    func fileStore() async throws -> (SQLiteStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smp-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        _ = try await StoreSchema([StoreSchema.core, Self.part]).migrate(store, logger: Logger(label: "test"))
        try await store.transaction { try await $0.execute("INSERT INTO note (body) VALUES ('committed')") }
        return (store, folder)
    }

    func bodies(_ store: SQLiteStore) async throws -> [String] {
        try await store.rows("SELECT body FROM note ORDER BY body").map { try $0.string("body") }
    }

    @Test func aReadDuringAnotherTasksTransactionSeesTheLastCommitWithoutWaiting() async throws {
        let (store, folder) = try await fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (inside, outside) = try await store.transaction { session in
            try await session.execute("INSERT INTO note (body) VALUES ('uncommitted')")
            // Another task reads while this transaction is open: were reads to wait for the
            // writing connection, this would never finish.
            let outside = try await Task.detached { try await bodies(store) }.value
            let inside = try await session.query("SELECT body FROM note ORDER BY body").map { try $0.string("body") }
            return (inside, outside)
        }
        #expect(inside == ["committed", "uncommitted"])
        #expect(outside == ["committed"])
        #expect(try await bodies(store) == ["committed", "uncommitted"])
    }

    @Test func aReadBesideATransactionCannotWrite() async throws {
        let (store, folder) = try await fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused: Bool = try await store.transaction { _ in
            let attempt = await Task.detached {
                try await store.read { try await $0.execute("INSERT INTO note (body) VALUES ('sneaked in')") }
            }.result
            if case .failure = attempt { return true }
            return false
        }
        #expect(refused)
        #expect(try await bodies(store) == ["committed"])
    }
}
