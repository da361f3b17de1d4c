import Foundation

/// Where a CSV table's bytes come from: a file read a chunk at a time (a published table of any
/// size), or bytes already in memory (a workbook's sheet, a records file, a test).
public enum CSVInput: Sendable {
    case file(URL)
    case bytes(Data)

    /// UTF-8 text already in memory.
    public static func text(_ text: String) -> CSVInput { .bytes(Data(text.utf8)) }
}
