import CSV
import Foundation
import PartnershipCore

/// The data sheet of a published workbook, found by its header row, as CSV text whose line
/// numbers are the sheet's row numbers: a table's checks then report rows a person can find.
public struct WorkbookTable: Sendable {
    public let table: any PublishedTable
    public let sheet: String
    /// The header's row in the sheet (1-based).
    public let headerRow: Int
    /// Blank lines above the header and in gaps, so line N is sheet row N.
    public let text: String

    /// How far down each sheet the header row is looked for (title and note lines come first).
    public static let headerSearchRows = 50

    /// `file (sheet 'Data')`, the name the table's messages use.
    public func label(_ file: String) -> String { "\(file) (sheet '\(sheet)')" }

    /// The first sheet with a header row one of `tables` recognises, or a message listing the
    /// sheets found and the columns expected (with the closest row, when one comes near).
    public static func locate(in workbook: Workbook, file: String, tables: [any PublishedTable]) -> Result<WorkbookTable, Diagnostic> {
        for sheet in workbook.sheets {
            for row in sheet.rows.prefix(headerSearchRows) {
                let header = row.cells.map { $0.trimmingWhitespace }
                if let table = tables.first(where: { $0.recognises(header: header) }) {
                    return .success(WorkbookTable(table: table, sheet: sheet.name, headerRow: row.number, text: csv(sheet, from: row)))
                }
            }
        }
        let names = workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        let expected = tables.map { $0.expectedColumns.joined(separator: ", ") }.joined(separator: "; or ")
        var message =
            "no sheet has a header row with the expected columns in its first \(headerSearchRows) rows (sheets found: \(names.isEmpty ? "none" : names))"
        if let closest = closest(in: workbook, to: tables) {
            message += "; nearest is sheet '\(closest.sheet)' row \(closest.row), which lacks \(closest.missing.joined(separator: ", "))"
        }
        return .failure(Diagnostic(.error, file: file, message: message, suggestion: "expected columns: \(expected)"))
    }

    /// The row sharing the most column names with a table, when it shares at least two.
    private static func closest(in workbook: Workbook, to tables: [any PublishedTable]) -> (sheet: String, row: Int, missing: [String])? {
        var best: (sheet: String, row: Int, missing: [String], shared: Int)?
        for sheet in workbook.sheets {
            for row in sheet.rows.prefix(headerSearchRows) {
                let header = Set(row.cells.map { $0.trimmingWhitespace })
                for table in tables {
                    let shared = table.expectedColumns.filter(header.contains).count
                    if shared >= 2 && shared > (best?.shared ?? 0) {
                        best = (sheet.name, row.number, table.expectedColumns.filter { !header.contains($0) }, shared)
                    }
                }
            }
        }
        return best.map { ($0.sheet, $0.row, $0.missing) }
    }

    /// The sheet from `header` down as CSV; every data row is padded to the header's width.
    private static func csv(_ sheet: Workbook.Sheet, from header: Workbook.Row) -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        guard let writer = try? CSVWriter(stream: stream) else { return "" }
        var line = 1
        func blank(until row: Int) {
            while line < row {
                try? writer.write(row: [""])
                line += 1
            }
        }
        blank(until: header.number)
        let width = header.cells.count
        for row in sheet.rows where row.number >= header.number {
            blank(until: row.number)
            let cells = row.number == header.number ? row.cells : row.cells + Array(repeating: "", count: max(0, width - row.cells.count))
            try? writer.write(row: cells)
            line += 1
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
