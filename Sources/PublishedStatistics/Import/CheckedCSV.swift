import CSV
import Foundation
import PartnershipCore

/// A CSV file (a published table, or a partnership's own records) read row by row with CSV.swift:
/// checks the header for the columns needed, numbers every row with its line in the file, and
/// collects every problem rather than stopping at the first.
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
    /// The header's line in the file (1 unless blank lines come first).
    public let headerLine: Int
    private let reader: CSVReader
    private var rowNumber = 0
    private var line: Int
    private var recorded: [Diagnostic] = []
    private var unlisted = 0
    private var columnIndex: [String: Int] = [:]
    private var regionNames: [String: String] = [:]
    private var keys: [String: (line: Int, whole: String)] = [:]
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

    private mutating func record(_ diagnostic: Diagnostic) {
        if recorded.count < Self.listedProblems { recorded.append(diagnostic) } else { unlisted += 1 }
    }

    /// Nil (with the reason in `problems`) when the file has no header or lacks a required column.
    public init?(text: String, file: String, required: [String], problems: inout [Diagnostic]) {
        self.file = file
        // Blank lines above the header are passed over and counted, so a sheet taken from a
        // workbook keeps its row numbers as line numbers.
        var headerLine = 1, found: [String]?
        let reader = try? CSVReader(string: text, hasHeaderRow: false)
        while let record = reader?.next() {
            if !(record.count == 1 && record[0].isEmpty) {
                found = record
                break
            }
            headerLine += 1
        }
        guard let reader, let header = found else {
            problems.append(Diagnostic(.error, file: file, line: 1, message: "not a CSV file with a header row"))
            return nil
        }
        let trimmed = header.map { $0.trimmingCharacters(in: .whitespaces) }
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
        self.headerLine = headerLine
        columnIndex = Dictionary(trimmed.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        line = headerLine + 1 + trimmed.joined().filter { $0 == "\n" }.count
    }

    /// The trimmed header row of CSV text (after any blank lines) and its line, if it has one.
    public static func header(of text: String) -> (line: Int, names: [String])? {
        var problems: [Diagnostic] = []
        return CheckedCSV(text: text, file: "", required: [], problems: &problems).map { ($0.headerLine, $0.header) }
    }

    public func index(_ column: String) -> Int { columnIndex[column]! }

    /// True when the header has `column` (for optional columns).
    public func has(_ column: String) -> Bool { columnIndex[column] != nil }

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
        while let fields = reader.next() {
            rowNumber += 1
            let row = Row(number: rowNumber, line: line, fields: fields)
            line += 1
            for field in fields where field.utf8.contains(0x0A) { line += field.utf8.count(where: { $0 == 0x0A }) }
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
            return row
        }
        if let error = reader.error {
            record(Diagnostic(.error, file: file, line: line, message: "CSV syntax error: \(error)"))
        }
        return nil
    }

    public mutating func report(_ row: Row, _ column: String, _ message: String) {
        record(Diagnostic(.error, file: file, line: row.line, row: row.number, field: column, message: message))
    }

    /// Something to check that does not stop the file (a warning, printed with the import).
    public mutating func warn(_ row: Row, _ column: String, _ message: String) {
        record(Diagnostic(.warning, file: file, line: row.line, row: row.number, field: column, message: message))
    }

    /// Checks a row against the earlier rows with the same key (the values of `columns`). An exact
    /// copy of an earlier row is an error (a duplicated row would be summed in silently); a row that
    /// repeats a key with another value is returned, for the table to note: the Home Office's own
    /// files have a few, which are added together as published.
    public mutating func repeatedKey(_ row: Row, key columns: [String]) -> (firstLine: Int, exactCopy: Bool)? {
        let key = columns.map { row.fields[index($0)] }.joined(separator: "\u{1F}")
        let whole = row.fields.joined(separator: "\u{1F}")
        guard let first = keys[key] else {
            keys[key] = (row.line, whole)
            return nil
        }
        if first.whole == whole {
            report(row, columns.joined(separator: " + "), "is an exact copy of line \(first.line): a duplicated row is not imported")
            return (first.line, true)
        }
        return (first.line, false)
    }
}
