import Foundation

/// Answers already read from the store during one command, keyed by what was asked (dataset and
/// vintage), so that evaluating thirteen areas or eight quarters reads a release once. Lives as
/// long as the `PublishedData` it belongs to: one command, never across imports.
public final class QueryMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: any Sendable] = [:]

    public init() {}

    /// The value stored under `key`, or `make`'s, stored for next time.
    public func value<T: Sendable>(_ key: String, _ make: () async throws -> T) async rethrows -> T {
        // Unwrapped before the cast: a missing entry cast to an optional `T` would pass as a stored nil.
        if let stored = lock.withLock({ values[key] }), let known = stored as? T { return known }
        let made = try await make()
        lock.withLock { values[key] = made }
        return made
    }
}
