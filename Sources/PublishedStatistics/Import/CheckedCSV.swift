import Foundation
import PartnershipCore
import PartnershipStore

/// A CSV file (a published table, or a partnership's own records) read row by row: checks the
/// header for the columns needed, numbers every row with its line in the file, collects every
/// problem rather than stopping at the first, and hands checked rows on to a `RowSink` until the
/// first error (after which the file will not be imported, so rows are only counted).
public struct CheckedCSV {
    public struct Row {
        /// 1 = first data row.
        public let number: Int
        /// Line in the file where the row starts.
        public let line: Int
        public let fields: [String]
    }

    public let file: String
    public let header: [String]
    /// Each header name's length in UTF-8 bytes, for `index`.
    private let headerLengths: [Int]
    /// The header's line in the file (1 unless blank lines come first).
    public let headerLine: Int
    private var reader: CSVRecordReader
    private var rowNumber = 0
    private var recorded: [Diagnostic] = []
    private var unlisted = 0
    private var errors = 0
    private var regionNames: [String: String] = [:]
    private var repeated: RepeatedKeys?
    private let sink: RowSink?
    /// The dates a row may carry (see `Day.plausibleRange`).
    public var plausibleDays = Day.plausibleRange()

    /// The most problems kept and listed; the rest are counted, so a file of any size stays small in memory.
    public static let listedProblems = 100
    /// The longest field accepted, in bytes.
    public static let fieldLimit = 4_096

    /// The problems found, the first 100 in full and a line counting the rest.
    public var diagnostics: [Diagnostic] {
        recorded
            + (unlisted > 0
                ? [Diagnostic(.error, file: file, message: "… and \(unlisted) more problem(s); the first \(Self.listedProblems) are listed")] : [])
    }

    /// True once any error (not a warning) is recorded.
    public var hasErrors: Bool { errors > 0 }

    private mutating func record(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error {
            errors += 1
            if errors == 1 { sink?.stop() }
        }
        if recorded.count < Self.listedProblems { recorded.append(diagnostic) } else { unlisted += 1 }
    }

    /// CSV text already in memory.
    public init?(text: String, file: String, required: [String], rows: RowSink? = nil, problems: inout [Diagnostic]) {
        self.init(.text(text), file: file, required: required, rows: rows, problems: &problems)
    }

    /// Nil (with the reason in `problems`) when the file has no header or lacks a required column.
    /// Rows given to `emit` go to `rows`. Fields after the first `keepingColumns` (header included)
    /// read as empty, for a bundled table of which only the first columns are wanted.
    public init?(
        _ input: CSVInput, file: String, required: [String], rows: RowSink? = nil, keepingColumns: Int = .max, problems: inout [Diagnostic]
    ) {
        self.file = file
        sink = rows
        // Blank lines above the header are passed over and counted, so a sheet taken from a
        // workbook keeps its row numbers as line numbers.
        var reader = CSVRecordReader(input, keepingFields: keepingColumns)
        var found: (line: Int, fields: [String])?
        while let record = reader.next() {
            if !(record.fields.count == 1 && record.fields[0].isEmpty) {
                found = record
                break
            }
        }
        if let failure = reader.failure {
            problems.append(Diagnostic(.error, file: file, line: failure.line, message: failure.message))
            return nil
        }
        guard let found else {
            problems.append(Diagnostic(.error, file: file, line: 1, message: "not a CSV file with a header row"))
            return nil
        }
        let headerLine = found.line
        let trimmed = found.fields.map { $0.trimmingWhitespace }
        var positions: [String: Int] = [:]
        var twice = false
        for (index, name) in trimmed.enumerated() where !name.isEmpty {
            if let first = positions[name] {
                problems.append(
                    Diagnostic(
                        .error, file: file, line: headerLine, field: name, message: "the column appears twice (columns \(first + 1) and \(index + 1))"
                    ))
                twice = true
            } else {
                positions[name] = index
            }
        }
        guard !twice else { return nil }
        let missing = required.filter { !trimmed.contains($0) }
        guard missing.isEmpty else {
            for column in missing {
                problems.append(
                    Diagnostic(
                        .error, file: file, line: headerLine, field: column, message: "required column is missing",
                        suggestion: NearestName.to(column, in: trimmed).map { "the file has '\($0)'" }
                            ?? "expected columns: \(required.joined(separator: ", "))"))
            }
            return nil
        }
        self.reader = reader
        self.header = trimmed
        headerLengths = trimmed.map(\.utf8.count)
        self.headerLine = headerLine
    }

    /// Checks every row from here on against the earlier rows with the same key (the values of
    /// `columns`): see `RepeatedKeys`. `finishRepeats()` reports what was found.
    public mutating func trackRepeats(key columns: [String]) {
        repeated = RepeatedKeys(columns: columns.map(index), expectedRows: reader.size / 40)
    }

    /// Records an error for each exact copy of an earlier row and returns the rows that repeat an
    /// earlier row's key with another value, for the table to note or refuse.
    public mutating func finishRepeats() -> [(line: Int, firstLine: Int)] {
        guard var tracked = repeated else { return [] }
        // Every row is read: the last batch goes to the store now, to be written while the keys are compared.
        sink?.finish()
        repeated = nil
        var others: [(line: Int, firstLine: Int)] = []
        let keyNames = tracked.columns.map { header[$0] }.joined(separator: " + ")
        for again in tracked.repeats() {
            if again.exactCopy {
                report(line: again.line, keyNames, "is an exact copy of line \(again.firstLine): a duplicated row is not imported")
            } else {
                others.append((again.line, again.firstLine))
            }
        }
        // Listed in line order with the problems found as the rows were read.
        recorded.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return others
    }

    /// The note for a row that repeats an earlier row's key with another value (published tables keep both).
    public static func keptRepeatNote(_ again: (line: Int, firstLine: Int)) -> String {
        "line \(again.line) repeats the key of line \(again.firstLine) with another value: both kept and added together, as published"
    }

    /// Records an error on a line found after the row was read.
    public mutating func report(line: Int, _ column: String, _ message: String) {
        record(Diagnostic(.error, file: file, line: line, field: column, message: message))
    }

    /// Hands a checked row to the sink (kept or stored) unless the file already has an error.
    public mutating func emit(_ row: [SQLValue]) {
        sink?.append(row)
    }

    /// Rows emitted so far.
    public var emitted: Int { sink?.count ?? 0 }

    /// The column's position: a scan of the header that compares names only where their lengths
    /// agree (cheaper than hashing the name for every field, and than comparing every name).
    /// Only for columns the header is known to have (required, or checked with `has`).
    public func index(_ column: String) -> Int {
        let length = column.utf8.count
        for position in headerLengths.indices where headerLengths[position] == length && header[position] == column { return position }
        preconditionFailure("index(\"\(column)\"): the header of \(file) has no such column; check it with `has` or require it")
    }

    /// True when the header has `column` (for optional columns).
    public func has(_ column: String) -> Bool { header.contains(column) }

    /// A published region label folded to the ONS name (`East Of England` → `East of England`),
    /// remembered per label since a file repeats a dozen labels thousands of times.
    public mutating func regionName(_ label: String) -> String {
        if let known = regionNames[label] { return known }
        let name = EnglishRegion.named(label)?.name ?? label
        regionNames[label] = name
        return name
    }

    /// The next well-formed row; rows with the wrong number of fields are reported and skipped.
    public mutating func next() -> Row? {
        // Nobody takes the rows any more (see `RowSink`): the rest of the file is not read.
        if sink?.abandoned == true { return nil }
        while let next = reader.next() {
            rowNumber += 1
            let fields = next.fields
            let row = Row(number: rowNumber, line: next.line, fields: fields)
            if rowNumber & 4_095 == 0, let sink, reader.size > 0 { sink.progress(min(0.99, Double(reader.consumed) / Double(reader.size))) }
            if fields.count == 1 && fields[0].isEmpty { continue }
            guard fields.count == header.count else {
                record(
                    Diagnostic(
                        .error, file: file, line: row.line, row: row.number, message: "has \(fields.count) fields, the header has \(header.count)"))
                continue
            }
            if let long = fields.firstIndex(where: { $0.utf8.count > Self.fieldLimit }) {
                report(row, header[long], "is \(fields[long].utf8.count) bytes long, over the \(Self.fieldLimit)-byte limit for a field")
                continue
            }
            repeated?.add(fields, line: row.line)
            return row
        }
        if let failure = reader.failure {
            record(Diagnostic(.error, file: file, line: failure.line, message: failure.message))
        }
        sink?.progress(1)
        return nil
    }

    public mutating func report(_ row: Row, _ column: String, _ message: String) {
        record(Diagnostic(.error, file: file, line: row.line, row: row.number, field: column, message: message))
    }

    /// Something to check that does not stop the file (a warning, printed with the import).
    public mutating func warn(_ row: Row, _ column: String, _ message: String) {
        record(Diagnostic(.warning, file: file, line: row.line, row: row.number, field: column, message: message))
    }
}
