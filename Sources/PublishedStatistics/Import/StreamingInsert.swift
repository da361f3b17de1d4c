import Dispatch
import Foundation
import PartnershipStore

/// Runs a table's checks on a thread of their own and inserts its rows in batches as they come,
/// inside the caller's transaction: the file is read once, never held whole, and the checks and
/// the store's work overlap. At most `inFlight` batches wait, so memory stays bounded when the
/// store is slower than the checks. Once the table finds an error its sink stops delivering and
/// the caller rolls the transaction back.
enum StreamingInsert {
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

    static func run(
        _ table: any PublishedTable, input: CSVInput, label: String, into session: any SQLSession, leading: [SQLValue],
        deferringKeys: Bool = false, progress: @escaping (Double) -> Void
    ) async throws -> ParsedTable {
        let (batches, continuation) = AsyncStream<[[SQLValue]]>.makeStream()
        let permits = DispatchSemaphore(value: inFlight)
        let result = Handoff<ParsedTable>()
        let report = Unchecked(value: progress)
        let thread = Thread {
            let sink = RowSink(batchSize: batchSize, progress: report.value) { batch in
                guard !result.isCancelled else { return }
                permits.wait()
                guard !result.isCancelled else { return }
                continuation.yield(batch)
            }
            let parsed = table.parse(input, file: label, rows: sink)
            sink.finish()
            result.value = parsed
            continuation.finish()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let columns = ["vintage_id"] + table.columns
        do {
            // Into an empty table, the indexes (and, asked to, the keys) are built once the rows are
            // in (see `withIndexesAndKeysDeferred`).
            try await session.withIndexesAndKeysDeferred(on: table.table, deferringKeys: deferringKeys) {
                // A batch taken frees the parser to read the next while this one is written.
                let taken = Batches(batches)
                try await session.insert(into: table.table, columns: columns, leading: leading) {
                    let batch = await taken.next()
                    if batch != nil { permits.signal() }
                    return batch
                }
            }
        } catch {
            result.isCancelled = true
            for _ in 0..<(inFlight + 1) { permits.signal() }
            throw error
        }
        guard let parsed = result.value else { throw CancellationError() }
        return parsed
    }
}
