import Foundation
import PublishedStatistics
import Testing

/// Areas evaluated side by side ask the store the same questions at once: each is read once, a
/// failed reading is not kept, and a stored nil is an answer, not a miss.
struct QueryMemoTests {
    /// Counts how often a reading really ran.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() -> Int {
            lock.withLock {
                count += 1; return count
            }
        }
        var value: Int { lock.withLock { count } }
    }
    struct Failure: Error {}

    @Test func manyAskingAtOnceReadOnce() async throws {
        let memo = QueryMemo(), readings = Counter()
        let answers = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await memo.value("window") {
                        _ = readings.add()
                        try await Task.sleep(for: .milliseconds(20))
                        return 42
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(answers == Array(repeating: 42, count: 50))
        #expect(readings.value == 1)
        #expect(try await memo.value("window") { 0 } == 42)
    }

    @Test func aFailedReadingIsTriedAgain() async throws {
        let memo = QueryMemo(), readings = Counter()
        await #expect(throws: Failure.self) {
            try await memo.value("flaky") { () async throws -> Int in
                _ = readings.add()
                throw Failure()
            }
        }
        #expect(try await memo.value("flaky") { readings.add() } == 2)
        #expect(try await memo.value("flaky") { readings.add() } == 2)
    }

    @Test func aStoredNilIsAnAnswer() async throws {
        let memo = QueryMemo(), readings = Counter()
        let first: Int? = try await memo.value("none") {
            _ = readings.add(); return nil
        }
        let second: Int? = try await memo.value("none") {
            _ = readings.add(); return 7
        }
        #expect(first == nil && second == nil)
        #expect(readings.value == 1)
    }
}
