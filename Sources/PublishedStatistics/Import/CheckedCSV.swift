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
    private let reader: CSVReader
    private var rowNumber = 0
    private var line: Int
    public private(set) var diagnostics: [Diagnostic] = []
    private var columnIndex: [String: Int] = [:]
    private var regionNames: [String: String] = [:]

    /// Nil (with the reason in `problems`) when the file has no header or lacks a required column.
    public init?(text: String, file: String, required: [String], problems: inout [Diagnostic]) {
        self.file = file
        guard let reader = try? CSVReader(string: text, hasHeaderRow: true), let header = reader.headerRow else {
            problems.append(Diagnostic(.error, file: file, line: 1, message: "not a CSV file with a header row"))
            return nil
        }
        let trimmed = header.map { $0.trimmingCharacters(in: .whitespaces) }
        let missing = required.filter { !trimmed.contains($0) }
        guard missing.isEmpty else {
            for column in missing {
                problems.append(
                    Diagnostic(
                        .error, file: file, line: 1, field: column, message: "required column is missing",
                        suggestion: NearestName.to(column, in: trimmed).map { "the file has '\($0)'" }
                            ?? "expected columns: \(required.joined(separator: ", "))"))
            }
            return nil
        }
        self.reader = reader
        self.header = trimmed
        columnIndex = Dictionary(trimmed.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        line = 2 + trimmed.joined().filter { $0 == "\n" }.count
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
                diagnostics.append(
                    Diagnostic(
                        .error, file: file, line: row.line, row: row.number, message: "has \(fields.count) fields, the header has \(header.count)"))
                continue
            }
            return row
        }
        if let error = reader.error {
            diagnostics.append(Diagnostic(.error, file: file, line: line, message: "CSV syntax error: \(error)"))
        }
        return nil
    }

    public mutating func report(_ row: Row, _ column: String, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, line: row.line, row: row.number, field: column, message: message))
    }

    /// Something to check that does not stop the file (a warning, printed with the import).
    public mutating func warn(_ row: Row, _ column: String, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, line: row.line, row: row.number, field: column, message: message))
    }
}
