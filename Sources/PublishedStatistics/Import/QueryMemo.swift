import Foundation

/// Answers already read from the store during one command, keyed by what was asked (dataset and
/// vintage), so that evaluating thirteen areas or eight quarters reads a release once. Lives as
/// long as the `PublishedData` it belongs to: one command, never across imports. Areas evaluated
/// side by side that ask the same question at once wait for the one reading rather than each
/// reading it; a reading that fails is not kept, so the next asker tries again.
public final class QueryMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var readings: [String: Task<any Sendable, any Error>] = [:]

    public init() {}

    /// The value stored under `key`, or `make`'s (made once however many ask at once), stored for next time.
    public func value<T: Sendable>(_ key: String, _ make: @escaping @Sendable () async throws -> T) async throws -> T {
        let reading = self.reading(key, make)
        do {
            // A key asked for with another type (a programming slip) is read afresh, never cast wrongly.
            guard let known = try await reading.value as? T else { return try await make() }
            return known
        } catch {
            lock.withLock { if readings[key] == reading { readings[key] = nil } }
            throw error
        }
    }

    /// Starts `make` under `key` unless it is known, and returns at once: a reading begun before
    /// anyone asks (while the command does other work), which the first to ask then waits for.
    /// A failure is not kept past the next asker, who tries again and meets the error.
    public func start<T: Sendable>(_ key: String, _ make: @escaping @Sendable () async throws -> T) {
        _ = reading(key, make)
    }

    private func reading<T: Sendable>(_ key: String, _ make: @escaping @Sendable () async throws -> T) -> Task<any Sendable, any Error> {
        lock.withLock {
            if let known = readings[key] { return known }
            let started = Task<any Sendable, any Error> { try await make() }
            readings[key] = started
            return started
        }
    }
}
