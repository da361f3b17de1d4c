import Foundation
import GRDB

/// Connections to a store's file for reads that arrive while another task holds the writing
/// connection (an import, or the other programmes of a `compare`), so they run beside it instead
/// of waiting. Opened only when first needed, up to one per core, and taken in turn. Each is
/// `query_only`: nothing can write through it, so every write still goes through the store's gate.
final class SQLiteReaders: @unchecked Sendable {
    private let path: String
    private let limit: Int
    private let lock = NSLock()
    private var connections: [DatabaseQueue] = []
    private var next = 0

    init(path: String, limit: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// A reading connection: a new one while fewer than the limit are open, else the next in turn.
    func connection() throws -> DatabaseQueue {
        try lock.withLock {
            if connections.count < limit {
                do {
                    connections.append(try DatabaseQueue(path: path, configuration: Self.configuration))
                } catch {
                    throw StoreError.cannotOpen(location: path, reason: "\(error)")
                }
                return connections[connections.count - 1]
            }
            next = (next + 1) % connections.count
            return connections[next]
        }
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(120)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
        return configuration
    }
}
