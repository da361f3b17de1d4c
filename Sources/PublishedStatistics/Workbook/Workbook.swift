import Foundation
import PartnershipCore
import ZIPFoundation

/// A spreadsheet workbook (`.xlsx` or `.ods`) as the Home Office publishes its datasets: a cover
/// sheet, notes, and a data sheet whose header row has title lines above it. Cells are read as the
/// text a CSV export would hold: numbers without a spurious `.0`, dates as `YYYY-MM-DD`.
public struct Workbook: Sendable {
    public struct Sheet: Sendable {
        public let name: String
        /// Non-empty rows in order, each with its 1-based row number in the sheet.
        public let rows: [Row]
    }

    public struct Row: Sendable {
        public let number: Int
        public let cells: [String]
    }

    public let sheets: [Sheet]

    /// The largest workbook part (a sheet's XML) read, uncompressed: a ZIP bomb stops here.
    public static let partLimit = InputFile.publishedLimit
    /// The most rows and columns a sheet may have (Excel's own limits).
    public static let rowLimit = 1_048_576
    public static let columnLimit = 16_384

    /// True when the bytes are a ZIP archive (both workbook formats are).
    public static func isWorkbook(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// Reads an `.xlsx` or `.ods` workbook, or says why it cannot be read, naming `file`.
    public static func read(_ data: Data, file: String) -> Result<Workbook, Diagnostic> {
        func fail(_ message: String) -> Result<Workbook, Diagnostic> { .failure(Diagnostic(.error, file: file, message: message)) }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            return fail("is not a readable .xlsx or .ods workbook: the ZIP archive is damaged (\(error))")
        }
        let parts = WorkbookParts(archive: archive, limit: partLimit)
        do {
            if archive["xl/workbook.xml"] != nil { return .success(try XLSXReader(parts: parts).read()) }
            if archive["content.xml"] != nil { return .success(try ODSReader(parts: parts).read()) }
        } catch let problem as WorkbookProblem {
            return fail(problem.message)
        } catch {
            return fail("is not a readable workbook: \(error)")
        }
        return fail("is a ZIP archive but not an .xlsx or .ods workbook (it has neither xl/workbook.xml nor content.xml)")
    }
}

/// Why a workbook could not be read, in words for the person who gave it.
struct WorkbookProblem: Error {
    let message: String
}

/// The parts of a workbook's ZIP archive, each read whole but never past the limit.
struct WorkbookParts {
    let archive: Archive
    let limit: Int

    func has(_ path: String) -> Bool { archive[path] != nil }

    func data(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw WorkbookProblem(message: "is not a complete workbook: \(path) is missing") }
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw WorkbookProblem(message: "has a part (\(path)) of \(entry.uncompressedSize / 1_048_576) MB, over the \(limit / 1_048_576) MB limit")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else {
                    throw WorkbookProblem(message: "has a part (\(path)) that expands past the \(limit / 1_048_576) MB limit")
                }
                data.append(chunk)
            }
        } catch let problem as WorkbookProblem { throw problem } catch {
            throw WorkbookProblem(message: "is a damaged workbook: \(path) cannot be decompressed (\(error))")
        }
        return data
    }
}
