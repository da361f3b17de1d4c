import Foundation
import PartnershipCore
import ZIPFoundation

/// Writes a table as the Home Office publishes it, for tests: an `.xlsx` or `.ods` workbook with a
/// cover sheet, a notes sheet and a data sheet whose header row has title lines above it. Dates
/// are stored as dates (an Excel serial with a date style, an ODS date value) and counts as
/// numbers, as a spreadsheet program writes them; the rest as text.
enum PublishedWorkbookWriter {
    enum Format { case xlsx, ods }

    /// The data sheet's header row (two title lines and a blank row come first).
    static let headerRow = 4

    static func write(_ format: Format, sheet: String, header: [String], rows: [[String]], to url: URL) throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts = format == .xlsx ? xlsxParts(sheet: sheet, header: header, rows: rows) : odsParts(sheet: sheet, header: header, rows: rows)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: path == "mimetype" ? .none : .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        try archive.data!.write(to: url)
    }

    private enum Cell {
        case text(String), number(String), date(Day)
    }

    private static func cell(_ value: String, column: String) -> Cell {
        if column == "Date", let day = Day(iso: value) { return .date(day) }
        if !value.isEmpty, Int(value) != nil { return .number(value) }
        return .text(value)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    // MARK: xlsx

    private static func columnName(_ index: Int) -> String {
        var index = index + 1, name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    private static func xlsxParts(sheet: String, header: [String], rows: [[String]]) -> [(String, String)] {
        var strings: [String] = [], indexOf: [String: Int] = [:]
        func shared(_ text: String) -> Int {
            if let index = indexOf[text] { return index }
            strings.append(text)
            indexOf[text] = strings.count - 1
            return strings.count - 1
        }
        func sheetXML(_ rows: [(number: Int, cells: [(column: Int, cell: Cell)])]) -> String {
            var xml =
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            let excelEpoch = Day(year: 1899, month: 12, day: 30)!.ordinal
            for row in rows {
                xml += #"<row r="\#(row.number)">"#
                for (column, cell) in row.cells {
                    let reference = "\(columnName(column))\(row.number)"
                    switch cell {
                    case .text(let text) where text.isEmpty: continue
                    case .text(let text): xml += #"<c r="\#(reference)" t="s"><v>\#(shared(text))</v></c>"#
                    case .number(let value): xml += #"<c r="\#(reference)"><v>\#(value)</v></c>"#
                    case .date(let day): xml += #"<c r="\#(reference)" s="1"><v>\#(day.ordinal - excelEpoch)</v></c>"#
                    }
                }
                xml += "</row>"
            }
            return xml + "</sheetData></worksheet>"
        }
        let cover = sheetXML([(1, [(0, .text("Asylum and resettlement datasets (a copy the tests make from the bundled CSV)"))])])
        let notes = sheetXML([
            (1, [(0, .text("Note number")), (1, .text("Note text"))]), (2, [(0, .number("1")), (1, .text("Figures are rounded."))]),
        ])
        var data: [(number: Int, cells: [(column: Int, cell: Cell)])] = [
            (1, [(0, .text("\(sheet): a copy the tests make from the bundled CSV"))]), (2, [(0, .text("This worksheet contains one table."))]),
            (headerRow, header.enumerated().map { ($0.offset, .text($0.element)) }),
        ]
        for (offset, row) in rows.enumerated() {
            data.append((headerRow + 1 + offset, row.enumerated().map { ($0.offset, cell($0.element, column: header[$0.offset])) }))
        }
        let dataXML = sheetXML(data)
        let names = ["Cover_sheet", "Notes", sheet]
        let workbook =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
            + names.enumerated().map { #"<sheet name="\#(escaped($0.element))" sheetId="\#($0.offset + 1)" r:id="rId\#($0.offset + 1)"/>"# }.joined()
            + "</sheets></workbook>"
        let relations =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + names.indices.map {
                #"<Relationship Id="rId\#($0 + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
            }.joined()
            + #"<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
        let styles =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\-mmm\-yyyy"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"#
        let sharedStrings =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(strings.count)" uniqueCount="\#(strings.count)">"#
            + strings.map { "<si><t>\(escaped($0))</t></si>" }.joined() + "</sst>"
        let contentTypes =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#
        let rootRelations =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        return [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelations), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", relations), ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", cover),
            ("xl/worksheets/sheet2.xml", notes), ("xl/worksheets/sheet3.xml", dataXML), ("xl/sharedStrings.xml", sharedStrings),
        ]
    }

    // MARK: ods

    private static func odsParts(sheet: String, header: [String], rows: [[String]]) -> [(String, String)] {
        func cellXML(_ cell: Cell) -> String {
            switch cell {
            case .text(let text) where text.isEmpty: return "<table:table-cell/>"
            case .text(let text): return #"<table:table-cell office:value-type="string"><text:p>\#(escaped(text))</text:p></table:table-cell>"#
            case .number(let value):
                return #"<table:table-cell office:value-type="float" office:value="\#(value)"><text:p>\#(value)</text:p></table:table-cell>"#
            case .date(let day):
                return
                    #"<table:table-cell office:value-type="date" office:date-value="\#(day)"><text:p>\#(day.day)/\#(day.month)/\#(day.year)</text:p></table:table-cell>"#
            }
        }
        // As LibreOffice writes them: empty cells to the right and a million empty rows below.
        func rowXML(_ cells: [Cell]) -> String {
            "<table:table-row>" + cells.map(cellXML).joined() + #"<table:table-cell table:number-columns-repeated="1015"/></table:table-row>"#
        }
        let tail =
            #"<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
        func table(_ name: String, _ rows: [String]) -> String {
            #"<table:table table:name="\#(escaped(name))">"# + rows.joined() + tail + "</table:table>"
        }
        var data = [rowXML([.text("\(sheet): a copy the tests make from the bundled CSV")]), rowXML([.text("This worksheet contains one table.")])]
        data.append(
            #"<table:table-row table:number-rows-repeated="\#(headerRow - 3)"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
        )
        data.append(rowXML(header.map { .text($0) }))
        for row in rows { data.append(rowXML(row.enumerated().map { cell($0.element, column: header[$0.offset]) })) }
        let content =
            #"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>"#
            + table("Cover_sheet", [rowXML([.text("Asylum and resettlement datasets (a copy the tests make from the bundled CSV)")])])
            + table("Notes", [rowXML([.text("Note number"), .text("Note text")]), rowXML([.number("1"), .text("Figures are rounded.")])])
            + table(sheet, data)
            + "</office:spreadsheet></office:body></office:document-content>"
        let manifest =
            #"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#
        return [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("META-INF/manifest.xml", manifest), ("content.xml", content)]
    }
}

/// A ZIP archive of the given text parts, for malformed-workbook tests.
enum ZIPArchiveForTests {
    static func create(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return archive.data!
    }
}
