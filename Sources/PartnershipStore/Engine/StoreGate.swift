import Foundation

/// One caller at a time on a store's connection, across tasks: a read or transaction waits for
/// the one before it. Re-entrant within a task (a read inside a transaction of the same task runs
/// in that transaction), so code can compose store calls without deadlocking itself.
final class StoreGate: @unchecked Sendable {
    private let lock = NSLock()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private let id = UUID()

    /// The gates the current task holds.
    @TaskLocal private static var held: Set<UUID> = []

    /// Runs `body` holding the gate, or straight away when this task holds it already;
    /// `reentered` tells the body which.
    func run<T>(_ body: (_ reentered: Bool) async throws -> T) async throws -> T {
        if Self.held.contains(id) { return try await body(true) }
        await acquire()
        defer { release() }
        return try await Self.$held.withValue(Self.held.union([id])) { try await body(false) }
    }

    /// True when another task holds the gate now (a hint: it may be released at once).
    var isHeldElsewhere: Bool {
        guard !Self.held.contains(id) else { return false }
        return lock.withLock { busy }
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.lock()
            if busy {
                waiting.append(continuation)
                lock.unlock()
            } else {
                busy = true
                lock.unlock()
                continuation.resume()
            }
        }
    }

    private func release() {
        lock.lock()
        if waiting.isEmpty {
            busy = false
            lock.unlock()
        } else {
            let next = waiting.removeFirst()
            lock.unlock()
            next.resume()
        }
    }
}
