import Crypto
import Foundation
import PartnershipCore

#if canImport(Glibc)
import Glibc
#endif

/// A published file as given for import: a CSV file, read a chunk at a time, or an `.xlsx`/`.ods`
/// workbook whose data sheet is found by its header row. Its sha256 (which names the release),
/// the input the table's checks read, and the name their messages use.
public struct PublishedFile: Sendable {
    public let input: CSVInput
    /// SHA-256 of the file's bytes, hex.
    public let sha256: String
    /// `file.csv`, or `file.xlsx (sheet 'Data_Asy_D11')`.
    public let label: String
    /// The table the header row is, of those offered.
    public let table: any PublishedTable

    /// Reads `url` as one of `tables`: a workbook's sheet must have one's header row; a CSV file's
    /// header must be one's (the first is taken when only one is offered, and checked as it is read).
    public static func read(_ url: URL, as tables: [any PublishedTable], kind: String) -> Result<PublishedFile, Diagnostic> {
        let file = url.lastPathComponent
        if case .failure(let problem) = InputFile.check(url, limit: InputFile.publishedLimit) { return .failure(problem) }
        let suffix = url.pathExtension.lowercased()
        if suffix == "xls" {
            return .failure(
                Diagnostic(.error, file: file, message: "is the old binary .xls format, which is not read: save it as .xlsx, .ods or CSV UTF-8"))
        }
        let isWorkbook = Workbook.isWorkbook(InputFile.prefix(url, 4))
        if ["xlsx", "ods"].contains(suffix) && !isWorkbook {
            return .failure(
                Diagnostic(.error, file: file, message: "is named .\(suffix) but is not a workbook (not a ZIP archive): it may be damaged or renamed")
            )
        }
        if isWorkbook {
            let data: Data
            switch InputFile.data(url, limit: InputFile.publishedLimit) {
            case .failure(let problem): return .failure(problem)
            case .success(let read): data = read
            }
            let located = Workbook.read(data, file: file).flatMap { WorkbookTable.locate(in: $0, file: file, tables: tables) }
            return located.map { PublishedFile(input: .text($0.text), sha256: Self.sha256(data), label: $0.label(file), table: $0.table) }
        }
        let sha: String
        switch sha256(of: url) {
        case .failure(let problem): return .failure(problem)
        case .success(let hash): sha = hash
        }
        if tables.count == 1 { return .success(PublishedFile(input: .file(url), sha256: sha, label: file, table: tables[0])) }
        var problems: [Diagnostic] = []
        let header = CheckedCSV(.file(url), file: file, required: [], problems: &problems)?.header ?? []
        guard let table = tables.first(where: { $0.recognises(header: header) }) else {
            let expected = tables.map { $0.expectedColumns.joined(separator: ", ") }.joined(separator: "; or ")
            return .failure(
                problems.first
                    ?? Diagnostic(.error, file: file, line: 1, message: "not \(kind) this version knows", suggestion: "expected columns: \(expected)")
            )
        }
        return .success(PublishedFile(input: .file(url), sha256: sha, label: file, table: table))
    }

    /// SHA-256 of bytes, hex: the identity of a release in the ledger.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).hexadecimal
    }

    /// SHA-256 of a file's bytes, read through one 128 KB buffer: a new buffer for each
    /// megabyte read cost a page fault for every 4 KB of the file (a quarter of a millisecond a
    /// megabyte on this machine).
    public static func sha256(of url: URL) -> Result<String, Diagnostic> {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            return .failure(Diagnostic(.error, file: url.path, message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        defer { close(descriptor) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 17)
        while true {
            let read = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if read == 0 { break }
            guard read > 0 else {
                if errno == EINTR { continue }
                return .failure(Diagnostic(.error, file: url.path, message: "cannot read: \(String(cString: strerror(errno)))"))
            }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<read])) }
        }
        return .success(hasher.finalize().hexadecimal)
    }
}
