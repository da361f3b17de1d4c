import PartnershipStore

/// Where a table's checked rows go as a file is read: handed on in batches (to the store's
/// insert), so a file of any size is never held whole, or kept (bundled tables, tests).
public final class RowSink {
    /// Rows given so far, delivered or not.
    public private(set) var count = 0
    /// The rows, when the sink keeps them.
    public private(set) var kept: [[SQLValue]] = []
    /// Told the fraction of the file read so far.
    public let progress: (Double) -> Void
    private var batch: [[SQLValue]] = []
    private let batchSize: Int
    private let deliver: (([[SQLValue]]) -> Bool)?
    private var stopped = false
    /// True once `deliver` said nobody takes rows any more: the table stops reading (`CheckedCSV.next()`).
    public private(set) var abandoned = false

    /// Hands rows to `deliver` `batchSize` at a time (the last batch when the table finishes);
    /// `deliver` returns false when nobody takes rows any more.
    public init(batchSize: Int = 2_048, progress: @escaping (Double) -> Void = { _ in }, deliver: @escaping ([[SQLValue]]) -> Bool) {
        self.batchSize = batchSize
        self.progress = progress
        self.deliver = deliver
        batch.reserveCapacity(batchSize)
    }

    /// Keeps every row in `kept`.
    public init(progress: @escaping (Double) -> Void = { _ in }) {
        batchSize = .max
        self.progress = progress
        deliver = nil
    }

    /// Adds one row. After `stop()` rows are counted but go nowhere.
    public func append(_ row: [SQLValue]) {
        count += 1
        guard !stopped else { return }
        guard let deliver else {
            kept.append(row)
            return
        }
        batch.append(row)
        if batch.count >= batchSize {
            if !deliver(batch) { abandon() }
            batch.removeAll(keepingCapacity: true)
        }
    }

    /// No more rows are delivered or kept: the file has an error and will not be imported.
    public func stop() {
        stopped = true
        batch = []
        kept = []
    }

    /// Delivers the part-filled batch once the rows are read (called again, it has nothing to deliver).
    public func finish() {
        guard !stopped, let deliver, !batch.isEmpty else { return }
        if !deliver(batch) { abandon() }
        batch = []
    }

    private func abandon() {
        abandoned = true
        stop()
    }
}
