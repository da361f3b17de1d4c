/// Finds rows that repeat an earlier row's key, in memory bounded by 16 bytes a row whatever the
/// fields hold: each row is kept as a 64-bit hash of its key, a 32-bit hash of the key and the
/// rest of the row, and its line, and the list is sorted once at the end. An exact copy of an
/// earlier row is an error (a duplicated row would be summed in silently); a repeated key with
/// another value is a note (the Home Office's own files have a few, added together as published).
///
/// Hashes can collide: two different keys share a 64-bit hash with odds of about 1 in 10^7 for a
/// file of 2 M rows (a note that is not true, never a lost row), and a repeated key whose values
/// differ is taken for an exact copy with odds of 1 in 4 × 10^9 (a refusal naming both lines,
/// which a person can check).
struct RepeatedKeys {
    private struct Entry: Comparable {
        let key: UInt64
        let whole: UInt32
        let line: UInt32
        static func < (a: Entry, b: Entry) -> Bool { a.key != b.key ? a.key < b.key : a.line < b.line }
    }

    /// Positions of the key's columns.
    let columns: [Int]
    private var entries: [Entry] = []
    /// Positions of the other columns, for rows as wide as the last one.
    private var others: [Int] = []

    init(columns: [Int], expectedRows: Int) {
        self.columns = columns
        // Reserved, not touched: only the pages written count against memory.
        entries.reserveCapacity(max(16, expectedRows))
    }

    mutating func add(_ fields: [String], line: Int) {
        var hash = FieldHash()
        for column in columns { hash.add(fields[column]) }
        let key = hash.value
        // The rest of the row, hashed on from the key: equal for two rows with the same key only
        // when their other fields are equal too (each field is hashed once).
        if others.count + columns.count != fields.count {
            let keyColumns = Set(columns)
            others = fields.indices.filter { !keyColumns.contains($0) }
        }
        for column in others { hash.add(fields[column]) }
        let whole = hash.value
        entries.append(Entry(key: key, whole: UInt32(truncatingIfNeeded: whole ^ (whole >> 32)), line: UInt32(clamping: line)))
    }

    /// Each later row whose key an earlier row has: its line, the first row's line, and whether it is an exact copy.
    mutating func repeats() -> [(line: Int, firstLine: Int, exactCopy: Bool)] {
        entries.sort()
        var found: [(line: Int, firstLine: Int, exactCopy: Bool)] = []
        var index = 0
        while index < entries.count {
            let first = entries[index]
            var next = index + 1
            while next < entries.count && entries[next].key == first.key {
                found.append((Int(entries[next].line), Int(first.line), entries[next].whole == first.whole))
                next += 1
            }
            index = next
        }
        entries = []
        return found.sorted { $0.line < $1.line }
    }
}
