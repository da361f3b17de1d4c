import CSV
import Foundation
import PartnershipCore

/// A CSV file read with CSV.swift, keeping each row's line number so errors can name it.
struct CSVTable {
    struct Row {
        /// 1 = first data row.
        let number: Int
        /// Line in the file where the row starts.
        let line: Int
        let fields: [String: String]
        let columnCount: Int
    }

    let header: [String]
    let rows: [Row]

    /// Reads `text`; a file with no header row is reported and yields nil.
    static func read(_ text: String, file: String, sink: DiagnosticSink) -> CSVTable? {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            sink.error(file, line: 1, "cannot read a CSV header row: \(error)")
            return nil
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingWhitespace }
        var rows: [Row] = []
        var line = 2 + header.joined().filter { $0 == "\n" }.count
        while let fields = reader.next() {
            let number = rows.count + 1
            defer { line += 1 + fields.joined().filter { $0 == "\n" }.count }
            if fields.count == 1 && fields[0].trimmingWhitespace.isEmpty { continue }
            var values: [String: String] = [:]
            for (index, column) in header.enumerated() where index < fields.count {
                values[column] = fields[index].trimmingWhitespace
            }
            rows.append(Row(number: number, line: line, fields: values, columnCount: fields.count))
        }
        if let error = reader.error {
            sink.error(file, line: line, "CSV syntax error: \(error)")
        }
        return CSVTable(header: header, rows: rows)
    }

    /// Reports required columns that are missing and columns nobody reads.
    func checkColumns(required: [String], optional: [String], file: String, sink: DiagnosticSink) -> Bool {
        let known = required + optional
        for column in header where !known.contains(column) {
            sink.error(file, line: 1, field: column, "unknown column", suggestion: NearestName.to(column, in: known).map { "did you mean '\($0)'?" })
        }
        let missing = required.filter { !header.contains($0) }
        for column in missing {
            sink.error(file, line: 1, field: column, "required column is missing")
        }
        return missing.isEmpty
    }
}
