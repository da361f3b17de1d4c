import Dispatch
import Foundation
import PartnershipStore

/// Runs a table's checks on a thread of their own and inserts its rows in batches as they come,
/// inside the caller's transaction: the file is read once, never held whole, and the checks and
/// the store's work overlap. The checks start as soon as this is made, before the store is ready
/// (a new store's schema takes milliseconds to write); at most `inFlight` batches wait, so memory
/// stays bounded whenever the store is slower than the checks. Once the table finds an error its
/// sink stops delivering and the caller rolls the transaction back; once nobody will take the
/// rows (`stop()`), the checks stop reading.
final class StreamingInsert: @unchecked Sendable {
    static let batchSize = 1_024
    static let inFlight = 3

    /// A value handed across threads by hand (the parser's thread, then the awaiting task).
    private final class Handoff<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Value?
        private var cancelled = false
        var value: Value? {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
        var isCancelled: Bool {
            get { lock.withLock { cancelled } }
            set { lock.withLock { cancelled = newValue } }
        }
    }

    private struct Unchecked<Value>: @unchecked Sendable { let value: Value }

    /// The parser's batches, taken one at a time by the one task that writes them.
    private final class Batches: @unchecked Sendable {
        private var iterator: AsyncStream<[[SQLValue]]>.Iterator
        init(_ stream: AsyncStream<[[SQLValue]]>) { iterator = stream.makeAsyncIterator() }
        func next() async -> [[SQLValue]]? { await iterator.next() }
    }

    private let table: any PublishedTable
    private let batches: Batches
    private let permits = DispatchSemaphore(value: StreamingInsert.inFlight)
    private let result = Handoff<ParsedTable>()

    /// Starts checking `input` as `table` (`label` names it in messages); `progress` hears the
    /// fraction read.
    init(_ table: any PublishedTable, input: CSVInput, label: String, progress: @escaping (Double) -> Void) {
        self.table = table
        let (stream, continuation) = AsyncStream<[[SQLValue]]>.makeStream()
        batches = Batches(stream)
        let permits = permits, result = result, report = Unchecked(value: progress)
        let thread = Thread {
            let sink = RowSink(batchSize: Self.batchSize, progress: report.value) { batch in
                guard !result.isCancelled else { return false }
                permits.wait()
                guard !result.isCancelled else { return false }
                continuation.yield(batch)
                return true
            }
            let parsed = table.parse(input, file: label, rows: sink)
            sink.finish()
            result.value = parsed
            continuation.finish()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Inserts the rows into `table` as the checks pass them, each after `leading` (the vintage),
    /// inside the caller's transaction, and returns what the checks found. Called once.
    func insert(into session: any SQLSession, leading: [SQLValue], deferringKeys: Bool = false) async throws -> ParsedTable {
        let columns = ["vintage_id"] + table.columns
        do {
            // Into an empty table, the indexes (and, asked to, the keys) are built once the rows are
            // in (see `withIndexesAndKeysDeferred`).
            try await session.withIndexesAndKeysDeferred(on: table.table, deferringKeys: deferringKeys) {
                // A batch taken frees the parser to read the next while this one is written.
                try await session.insert(into: table.table, columns: columns, leading: leading) {
                    let batch = await self.batches.next()
                    if batch != nil { self.permits.signal() }
                    return batch
                }
            }
        } catch {
            stop()
            throw error
        }
        guard let parsed = result.value else { throw CancellationError() }
        return parsed
    }

    /// Nobody will take the rows (the file was already imported, or the store failed): the checks
    /// stop reading. Harmless once the rows are in.
    func stop() {
        result.isCancelled = true
        for _ in 0..<(Self.inFlight + 1) { permits.signal() }
    }
}
