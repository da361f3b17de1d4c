import Foundation
import PartnershipCore
import ProgrammeKit
import PublishedStatistics

/// A partnership's own records file on the command line: read it, then accept its records only
/// when it has no error (every problem printed at once, nothing changed otherwise).
public enum RecordFile {
    /// The file's text and its name as shown in messages, or exit 1 naming the file.
    public static func read(_ path: String) throws -> (text: String, name: String) {
        let url = URL(fileURLWithPath: path)
        switch InputFile.read(url, limit: InputFile.recordsLimit) {
        case .failure(let problem):
            let place = problem.line.map { ":\($0)" } ?? ""
            throw CommandError("\(path)\(place): \(problem.message); nothing was changed")
        case .success(let read):
            if let problem = SourceText.problem(inFileName: url.deletingPathExtension().lastPathComponent) {
                throw CommandError("\(path): \(problem); rename the file; nothing was changed")
            }
            return (read.text, url.lastPathComponent)
        }
    }

    /// The records, or every problem printed and exit 1 (nothing changed).
    public static func accept<T>(_ parsed: ParsedRecords<T>, what: String, file: String? = nil) throws -> [T] {
        guard let records = parsed.accepted else {
            let errors = parsed.diagnostics.errors
            throw CommandError(
                errors.prefix(100).map(\.description).joined(separator: "\n")
                    + (errors.count > 100 ? "\n… and \(errors.count - 100) more (the first 100 are shown)" : "")
                    + "\n\(errors.count) error(s); no \(what) imported, nothing changed")
        }
        // A header-only file would replace what is recorded with nothing: refused, never silent.
        guard !records.isEmpty else {
            throw CommandError(
                "\(file.map { "\($0): " } ?? "")the file has a header but no \(what): nothing imported, nothing changed (nothing recorded was removed)"
            )
        }
        return records
    }

    /// The summary of a records import, or every problem printed and exit 1 (nothing changed).
    public static func summary(_ outcome: RecordImport.Outcome, what: String) throws -> String {
        switch outcome {
        case .imported(let summary): return summary
        case .rejected(let errors):
            throw CommandError(
                errors.prefix(100).map(\.description).joined(separator: "\n")
                    + (errors.count > 100 ? "\n… and \(errors.count - 100) more (the first 100 are shown)" : "")
                    + (errors.count == 1 && errors[0].message.contains("header but no")
                        ? "" : "\n\(errors.count) error(s); no \(what) imported, nothing changed"))
        }
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
