import Foundation
import PartnershipCore

/// A published file as given for import: a CSV file, or an `.xlsx`/`.ods` workbook whose data
/// sheet is found by its header row. The bytes (whose sha256 names the release) and the text the
/// table's checks read, with the name its messages use.
public struct PublishedFile: Sendable {
    public let data: Data
    public let text: String
    /// `file.csv`, or `file.xlsx (sheet 'Data_Asy_D11')`.
    public let label: String
    /// The table the header row is, of those offered.
    public let table: any PublishedTable

    /// Reads `url` as one of `tables`: a workbook's sheet must have one's header row; a CSV file's
    /// header must be one's (the first is taken when only one is offered, and checked as it is read).
    public static func read(_ url: URL, as tables: [any PublishedTable], kind: String) -> Result<PublishedFile, Diagnostic> {
        let file = url.lastPathComponent
        let data: Data
        switch InputFile.data(url, limit: InputFile.publishedLimit) {
        case .failure(let problem): return .failure(problem)
        case .success(let read): data = read
        }
        let suffix = url.pathExtension.lowercased()
        if suffix == "xls" {
            return .failure(
                Diagnostic(.error, file: file, message: "is the old binary .xls format, which is not read: save it as .xlsx, .ods or CSV UTF-8"))
        }
        if ["xlsx", "ods"].contains(suffix) && !Workbook.isWorkbook(data) {
            return .failure(
                Diagnostic(.error, file: file, message: "is named .\(suffix) but is not a workbook (not a ZIP archive): it may be damaged or renamed")
            )
        }
        if Workbook.isWorkbook(data) {
            let located = Workbook.read(data, file: file).flatMap { WorkbookTable.locate(in: $0, file: file, tables: tables) }
            return located.map { PublishedFile(data: data, text: $0.text, label: $0.label(file), table: $0.table) }
        }
        return InputFile.text(data, file: file).flatMap { text in
            if tables.count == 1 { return .success(PublishedFile(data: data, text: text, label: file, table: tables[0])) }
            let header = CheckedCSV.header(of: text)?.names ?? []
            guard let table = tables.first(where: { $0.recognises(header: header) }) else {
                let expected = tables.map { $0.expectedColumns.joined(separator: ", ") }.joined(separator: "; or ")
                return .failure(
                    Diagnostic(.error, file: file, line: 1, message: "not \(kind) this version knows", suggestion: "expected columns: \(expected)"))
            }
            return .success(PublishedFile(data: data, text: text, label: file, table: table))
        }
    }
}
