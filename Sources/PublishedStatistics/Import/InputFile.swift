import Foundation
import PartnershipCore

/// A file given on the command line, read safely: only a regular, readable file under a size
/// limit, decoded as strict UTF-8 (a byte-order mark is accepted and dropped; invalid UTF-8 and
/// NUL bytes are errors naming the line, never replaced or truncated).
public enum InputFile {
    /// Published tables: the largest bundled one is 2 MB; 512 MB leaves room for 100x national scale.
    public static let publishedLimit = 512 * 1024 * 1024
    /// A partnership's own records file.
    public static let recordsLimit = 64 * 1024 * 1024

    /// The file's size, or why it cannot be read (one diagnostic naming the path): only a regular,
    /// readable file under `limit`.
    public static func check(_ url: URL, limit: Int) -> Result<Int, Diagnostic> {
        let path = url.path
        func fail(_ message: String) -> Result<Int, Diagnostic> { .failure(Diagnostic(.error, file: path, message: message)) }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return fail(FileManager.default.fileExists(atPath: path) ? "cannot read: permission denied" : "no such file")
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeDirectory?: return fail("is a directory, not a file")
        case .typeRegular?: break
        default: return fail("is not a regular file (a device, FIFO or socket cannot be imported)")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limit else { return fail("is \(size / 1_048_576) MB, over the \(limit / 1_048_576) MB limit for this kind of file") }
        guard FileManager.default.isReadableFile(atPath: path) else { return fail("cannot read: permission denied") }
        return .success(size)
    }

    /// The file's bytes, or why it cannot be read (one diagnostic naming the path).
    public static func data(_ url: URL, limit: Int) -> Result<Data, Diagnostic> {
        check(url, limit: limit).flatMap { _ in
            do { return .success(try Data(contentsOf: url)) } catch {
                return .failure(Diagnostic(.error, file: url.path, message: "cannot read: \(error.localizedDescription)"))
            }
        }
    }

    /// The first `count` bytes of a file (fewer if it is shorter).
    public static func prefix(_ url: URL, _ count: Int) -> Data {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return Data() }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)) ?? Data()
    }

    /// The text of UTF-8 bytes without a leading byte-order mark, or the first bad byte's line.
    public static func text(_ data: Data, file: String) -> Result<String, Diagnostic> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(Diagnostic(.error, file: file, line: line(of: nul, in: bytes), message: "contains a NUL byte: not a text file"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes) ?? bytes.startIndex
            return .failure(
                Diagnostic(
                    .error, file: file, line: line(of: bad, in: bytes),
                    message: "is not valid UTF-8 (save it as 'CSV UTF-8'; Latin-1 and other encodings would change names silently)"))
        }
        return .success(text)
    }

    /// Bytes and text together, for callers that need the sha256 of the bytes too.
    public static func read(_ url: URL, limit: Int) -> Result<(data: Data, text: String), Diagnostic> {
        switch data(url, limit: limit) {
        case .failure(let problem): return .failure(problem)
        case .success(let data):
            return text(data, file: url.lastPathComponent).map { (data, $0) }
        }
    }

    static func line(of index: Data.Index, in bytes: Data.SubSequence) -> Int {
        1 + bytes[bytes.startIndex..<index].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    static func firstInvalidUTF8(_ bytes: Data.SubSequence) -> Data.Index? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard bytes.distance(from: index, to: bytes.endIndex) >= length else { return index }
            let end = bytes.index(index, offsetBy: length)
            if String(validating: bytes[index..<end], as: UTF8.self) == nil { return index }
            index = end
        }
        return nil
    }
}
