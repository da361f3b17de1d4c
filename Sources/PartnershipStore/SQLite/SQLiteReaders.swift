import Foundation
import GRDB

/// Connections to a store's file for reads that arrive while another task holds the writing
/// connection (an import, or the other programmes of a `compare`), so they run beside it instead
/// of waiting. Opened only when every open one is busy, up to one per core (at least two); a read
/// takes an idle one, else the least busy. Each is `query_only`: nothing can write through it, so
/// every write still goes through the store's gate.
final class SQLiteReaders: @unchecked Sendable {
    private let path: String
    private let limit: Int
    private let lock = NSLock()
    private var connections: [(queue: DatabaseQueue, users: Int)] = []

    init(path: String, limit: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// Runs `body` with a reading connection, held for its duration.
    func with<T>(_ body: (DatabaseQueue) async throws -> T) async throws -> T {
        let (index, queue) = try take()
        defer { lock.withLock { connections[index].users -= 1 } }
        return try await body(queue)
    }

    /// The chosen connection's place in the list and the connection, counted as in use.
    private func take() throws -> (Int, DatabaseQueue) {
        try lock.withLock {
            let least = connections.indices.min { connections[$0].users < connections[$1].users }
            let index: Int
            if let least, connections[least].users == 0 || connections.count >= limit {
                index = least
            } else {
                do {
                    connections.append((try DatabaseQueue(path: path, configuration: Self.configuration), 0))
                } catch {
                    throw StoreError.cannotOpen(location: path, reason: "\(error)")
                }
                index = connections.count - 1
            }
            connections[index].users += 1
            return (index, connections[index].queue)
        }
    }

    /// The store's own settings, leaving the journal mode to the writing connection, and query-only.
    private static var configuration: Configuration {
        var configuration = SQLiteStore.configuration(writeAheadLog: false)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
        return configuration
    }
}
