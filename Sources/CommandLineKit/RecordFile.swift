import Foundation
import PartnershipCore
import PublishedStatistics

/// A partnership's own records file on the command line: read it, then accept its records only
/// when it has no error (every problem printed at once, nothing changed otherwise).
public enum RecordFile {
    /// The file's text and its name as shown in messages, or exit 1 naming the file.
    public static func read(_ path: String) throws -> (text: String, name: String) {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw CommandError("\(path): no such file; nothing was changed") }
        guard let data = try? Data(contentsOf: url) else { throw CommandError("\(path): cannot read the file; nothing was changed") }
        return (String(decoding: data, as: UTF8.self), url.lastPathComponent)
    }

    /// The records, or every problem printed and exit 1 (nothing changed).
    public static func accept<T>(_ parsed: ParsedRecords<T>, what: String) throws -> [T] {
        guard let records = parsed.accepted else {
            let errors = parsed.diagnostics.errors
            throw CommandError(errors.map(\.description).joined(separator: "\n") + "\n\(errors.count) error(s); no \(what) imported, nothing changed")
        }
        return records
    }

    /// Writes a generated file (creating its folder), or exit 1 naming the path.
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            throw CommandError("\(path): cannot write: \(error.localizedDescription)")
        }
    }
}
