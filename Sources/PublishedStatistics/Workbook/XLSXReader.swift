import Foundation

/// Reads an Office Open XML workbook (`.xlsx`): the sheet list, shared strings and date styles,
/// then each sheet's cells in one streaming pass.
struct XLSXReader {
    let parts: WorkbookParts

    func read() throws -> Workbook {
        var sheets: [(name: String, relation: String)] = [], system1904 = false
        try XMLEvents.parse(
            parts.data("xl/workbook.xml"), part: "xl/workbook.xml",
            start: { name, attributes in
                if name == "sheet", let sheet = attributes["name"], let relation = attributes["id"] { sheets.append((sheet, relation)) }
                if name == "workbookPr", let value = attributes["date1904"] { system1904 = value == "1" || value == "true" }
            })
        let targets = try relationships()
        let strings = try sharedStrings()
        let dateStyles = try self.dateStyles()
        return Workbook(
            sheets: try sheets.map { sheet in
                guard let path = targets[sheet.relation] else {
                    throw WorkbookProblem(message: "is not a complete workbook: sheet '\(sheet.name)' has no part")
                }
                return try read(sheet: sheet.name, path: path, strings: strings, dateStyles: dateStyles, system1904: system1904)
            })
    }

    /// Relationship id → part path, from `xl/_rels/workbook.xml.rels`.
    private func relationships() throws -> [String: String] {
        var targets: [String: String] = [:]
        try XMLEvents.parse(
            parts.data("xl/_rels/workbook.xml.rels"), part: "xl/_rels/workbook.xml.rels",
            start: { name, attributes in
                guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            })
        return targets
    }

    private func sharedStrings() throws -> [String] {
        guard parts.has("xl/sharedStrings.xml") else { return [] }
        var strings: [String] = [], current = "", inText = false, inPhonetic = false
        try XMLEvents.parse(
            parts.data("xl/sharedStrings.xml"), part: "xl/sharedStrings.xml",
            start: { name, _ in
                switch name {
                case "si": current = ""
                case "t": inText = !inPhonetic
                case "rPh": inPhonetic = true
                default: break
                }
            },
            end: { name in
                switch name {
                case "si": strings.append(current)
                case "t": inText = false
                case "rPh": inPhonetic = false
                default: break
                }
            },
            text: { if inText { current += $0 } })
        return strings
    }

    /// Indices of the cell formats that show a number as a date.
    private func dateStyles() throws -> Set<Int> {
        guard parts.has("xl/styles.xml") else { return [] }
        var customDates = Set<Int>(), styles: [Int] = [], inCellFormats = false
        try XMLEvents.parse(
            parts.data("xl/styles.xml"), part: "xl/styles.xml",
            start: { name, attributes in
                switch name {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], Self.isDateFormat(code) {
                        customDates.insert(id)
                    }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats: styles.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            },
            end: { if $0 == "cellXfs" { inCellFormats = false } })
        let builtInDates = Set([14, 15, 16, 17, 22] + Array(27...36) + Array(50...58))
        return Set(styles.indices.filter { builtInDates.contains(styles[$0]) || customDates.contains(styles[$0]) })
    }

    /// A number format that shows a date: it has a day or year code outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case "d", "y":
                if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }

    private func read(sheet name: String, path: String, strings: [String], dateStyles: Set<Int>, system1904: Bool) throws -> Workbook.Sheet {
        var builder = SheetBuilder(name: name)
        var column = 0, type = "n", style = 0, value = "", collecting = false, inRow = false
        try XMLEvents.parse(
            parts.data(path), part: path,
            start: { element, attributes in
                switch element {
                case "row":
                    try builder.startRow(attributes["r"].flatMap { Int($0) })
                    column = 0
                    inRow = true
                case "c" where inRow:
                    if let reference = attributes["r"] {
                        guard let given = WorkbookCell.column(ofReference: reference) else {
                            throw WorkbookProblem(message: "sheet '\(name)' has a cell reference '\(reference)' past column \(Workbook.columnLimit)")
                        }
                        column = given
                    } else {
                        column += 1
                    }
                    type = attributes["t"] ?? "n"
                    style = attributes["s"].flatMap { Int($0) } ?? 0
                    value = ""
                case "v", "t": collecting = inRow
                default: break
                }
            },
            end: { element in
                switch element {
                case "v", "t": collecting = false
                case "c" where inRow:
                    try builder.set(column: column, cellText(value, type: type, style: style))
                case "row":
                    try builder.endRow()
                    inRow = false
                default: break
                }
            },
            text: { if collecting { value += $0 } })
        return builder.sheet()

        func cellText(_ raw: String, type: String, style: Int) throws -> String {
            switch type {
            case "s":
                guard let index = Int(raw), strings.indices.contains(index) else {
                    throw WorkbookProblem(
                        message: "sheet '\(name)' row \(builder.currentRow) refers to shared string \(raw), which the workbook does not have")
                }
                return strings[index]
            case "n": return dateStyles.contains(style) ? WorkbookCell.excelDate(raw, system1904: system1904) : WorkbookCell.number(raw)
            case "b": return raw == "1" ? "TRUE" : "FALSE"
            case "d": return String(raw.prefix(10))
            default: return raw  // inlineStr, str (a formula's text), e (an error such as #N/A)
            }
        }
    }
}
