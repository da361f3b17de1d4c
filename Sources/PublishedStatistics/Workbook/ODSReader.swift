import Foundation

/// Reads an OpenDocument spreadsheet (`.ods`): every `table:table` in `content.xml`, in one
/// streaming pass. Repeated rows and columns are expanded only when they hold a value, so the
/// million empty rows a spreadsheet program writes at the end of a sheet cost nothing.
struct ODSReader {
    let parts: WorkbookParts

    func read() throws -> Workbook {
        var sheets: [Workbook.Sheet] = [], builder: SheetBuilder?
        var column = 0, rowRepeat = 1, columnRepeat = 1, kind = "", value: String?, text = ""
        var paragraphs = 0, inParagraph = false, inAnnotation = false
        func count(_ attribute: String?) -> Int { attribute.flatMap { Int($0) }.map { min(max(1, $0), 2_000_000) } ?? 1 }
        try XMLEvents.parse(
            parts.data("content.xml"), part: "content.xml",
            start: { element, attributes in
                switch element {
                case "table":
                    builder = SheetBuilder(name: attributes["name"] ?? "Sheet\(sheets.count + 1)")
                case "table-row":
                    try builder?.startRow()
                    column = 0
                    rowRepeat = count(attributes["number-rows-repeated"])
                case "table-cell", "covered-table-cell":
                    columnRepeat = count(attributes["number-columns-repeated"])
                    kind = attributes["value-type"] ?? ""
                    switch kind {
                    case "date": value = attributes["date-value"].map { String($0.prefix(10)) }
                    case "boolean": value = attributes["boolean-value"].map { $0 == "true" ? "TRUE" : "FALSE" }
                    case "float", "percentage", "currency": value = attributes["value"].map(WorkbookCell.number)
                    default: value = nil
                    }
                    text = ""
                    paragraphs = 0
                case "annotation": inAnnotation = true
                case "p" where !inAnnotation:
                    if paragraphs > 0 { text += "\n" }
                    paragraphs += 1
                    inParagraph = true
                case "s" where inParagraph: text += String(repeating: " ", count: min(count(attributes["c"]), 1_000))
                case "tab" where inParagraph: text += "\t"
                case "line-break" where inParagraph: text += "\n"
                default: break
                }
            },
            end: { element in
                switch element {
                case "p": inParagraph = false
                case "annotation": inAnnotation = false
                case "table-cell", "covered-table-cell":
                    let cell = value ?? text
                    if cell.isEmpty {
                        column += columnRepeat
                    } else {
                        guard column + columnRepeat <= Workbook.columnLimit else {
                            throw WorkbookProblem(message: "sheet '\(builder?.name ?? "")' has a cell past column \(Workbook.columnLimit)")
                        }
                        for _ in 0..<columnRepeat {
                            column += 1
                            try builder?.set(column: column, cell)
                        }
                    }
                case "table-row": try builder?.endRow(repeated: rowRepeat)
                case "table":
                    if let finished = builder { sheets.append(finished.sheet()) }
                    builder = nil
                default: break
                }
            },
            text: { if inParagraph && !inAnnotation { text += $0 } })
        return Workbook(sheets: sheets)
    }
}
