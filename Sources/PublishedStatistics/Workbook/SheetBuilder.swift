/// Collects one sheet's cells as a reader meets them, keeping only non-empty rows, within
/// Excel's row and column limits.
struct SheetBuilder {
    let name: String
    private(set) var rows: [Workbook.Row] = []
    private var number = 0
    private var cells: [String] = []

    init(name: String) { self.name = name }

    /// Starts row `number` (or the one after the last when the file does not say).
    mutating func startRow(_ given: Int? = nil) throws {
        let next = given ?? number + 1
        guard next > number, next <= Workbook.rowLimit else {
            throw WorkbookProblem(message: "sheet '\(name)' has a row numbered \(next), out of order or past row \(Workbook.rowLimit)")
        }
        number = next
        cells = []
    }

    /// Sets the cell in 1-based `column` of the current row; empty values are skipped.
    mutating func set(column: Int, _ value: String) throws {
        guard column >= 1, column <= Workbook.columnLimit else {
            throw WorkbookProblem(message: "sheet '\(name)' row \(number) has a cell past column \(Workbook.columnLimit)")
        }
        guard !value.isEmpty else { return }
        if cells.count < column { cells.append(contentsOf: repeatElement("", count: column - cells.count)) }
        cells[column - 1] = value
    }

    /// Ends the current row, keeping it when it has a value; `repeated` copies it (ODS).
    mutating func endRow(repeated: Int = 1) throws {
        guard !cells.isEmpty else {
            number += max(0, min(repeated, Workbook.rowLimit) - 1)
            return
        }
        guard repeated >= 1, number + repeated - 1 <= Workbook.rowLimit else {
            throw WorkbookProblem(message: "sheet '\(name)' repeats row \(number) past row \(Workbook.rowLimit)")
        }
        for copy in 0..<repeated { rows.append(Workbook.Row(number: number + copy, cells: cells)) }
        number += repeated - 1
        cells = []
    }

    /// The last row number started, for cells without a reference.
    var currentRow: Int { number }

    func sheet() -> Workbook.Sheet { Workbook.Sheet(name: name, rows: rows) }
}
