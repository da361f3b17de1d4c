import Foundation
import PartnershipCore

#if canImport(Glibc)
import Glibc
#endif

/// Reads RFC 4180 records from bytes or a file, a chunk at a time, so a file of any size is read
/// in bounded memory. CSV.swift (still used to write CSV) decodes scalar by scalar through a
/// type-erased iterator: at national scale (2.2 M rows) that alone took longer than SQLite's whole
/// import. This reader scans bytes and makes one String per field, validated as UTF-8.
///
/// A record that cannot be read (a NUL byte, bytes that are not UTF-8, a stray or unclosed
/// quote, a record over `recordLimit`) stops the reader with `failure` naming its line.
struct CSVRecordReader {
    /// The longest record read: far over any published row, and a bound on memory when a quote is never closed.
    static let recordLimit = 1 << 20
    /// Bytes read at a time: each new page of the buffer costs a page fault the first time, so a
    /// small buffer, reused, is faster than a large one (and a record may still grow it).
    private static let chunk = 1 << 17

    private var buffer: [UInt8] = []
    private var start = 0
    private var descriptor: Int32 = -1
    /// Bytes read from the file so far.
    private var fileOffset = 0
    private var atEnd = false
    private var skippedMark = false
    /// Bytes consumed so far and the source's size (for progress).
    private(set) var consumed = 0
    let size: Int
    /// The line the next record starts on.
    private(set) var line = 1
    private(set) var failure: (line: Int, message: String)?
    /// Fields in the last record, to size the next one's array.
    private var width = 8
    /// Fields after the first `kept` of a record are counted but read as empty text (bundled
    /// tables of which only the first columns are wanted).
    private let kept: Int

    init(_ source: CSVInput, keepingFields kept: Int = .max) {
        self.kept = kept
        switch source {
        case .bytes(let data):
            buffer = [UInt8](data)
            size = buffer.count
            atEnd = true
        case .file(let url):
            descriptor = open(url.path, O_RDONLY)
            var info = stat()
            size = descriptor >= 0 && fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
            if descriptor < 0 {
                atEnd = true
                failure = (1, "cannot read: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Closes the file (the reader reads nothing more).
    mutating func close() {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
        descriptor = -1
        atEnd = true
    }

    /// Moves the unread bytes to the front and appends the next chunk; false at the end of the file.
    private mutating func refill() -> Bool {
        guard !atEnd else { return false }
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        // A chunk, or what is left of a smaller file (and a byte more, to see its end): every
        // byte of room is written before the read, so a small file does not touch a megabyte.
        let old = buffer.count, room = min(Self.chunk, max(4096, size - fileOffset + 1))
        buffer.append(contentsOf: repeatElement(0, count: room))
        let read = buffer.withUnsafeMutableBytes { raw in Glibc.read(descriptor, raw.baseAddress! + old, room) }
        buffer.removeLast(room - max(0, read))
        fileOffset += max(0, read)
        if read <= 0 {
            if read < 0 { failure = (line, "cannot read: \(String(cString: strerror(errno)))") }
            close()
            return read > 0
        }
        return true
    }

    private enum Step {
        case record([String], next: Int, newlines: Int)
        case needMore
        case failed(String, newlines: Int)
    }

    /// The next record's fields and starting line, or nil at the end (or after a failure).
    mutating func next() -> (line: Int, fields: [String])? {
        guard failure == nil else { return nil }
        if !skippedMark {
            while buffer.count - start < 3 && refill() {}
            if buffer.count - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF {
                start += 3
                consumed += 3
            }
            skippedMark = true
        }
        while true {
            if start >= buffer.count && !refill() {
                if start >= buffer.count { return nil }
            }
            let step = buffer.withUnsafeBufferPointer { scan($0, from: start, final: atEnd) }
            switch step {
            case .record(let fields, let next, let newlines):
                let at = line
                line += 1 + newlines
                consumed += next - start
                start = next
                width = fields.count
                return (at, fields)
            case .needMore:
                if buffer.count - start > Self.recordLimit {
                    failure = (line, "has a row over \(Self.recordLimit / 1_048_576) MB: a quoted field may not be closed")
                    close()
                    return nil
                }
                if !refill() && !atEnd { return nil }
            case .failed(let message, let newlines):
                failure = (line + newlines, message)
                close()
                return nil
            }
        }
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// A field's text: ASCII (nearly every published field) needs no validation; anything else must be valid UTF-8.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
        ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
    }

    /// One record from `from`, or what stops it. `final`: no more bytes will come.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, final: Bool) -> Step {
        let end = bytes.count
        var index = from, newlines = 0
        var fields: [String] = []
        fields.reserveCapacity(width)
        while true {
            var field: String?
            if index < end && bytes[index] == Self.quote {
                var unquoted: [UInt8] = []
                index += 1
                var segment = index
                while true {
                    guard index < end else {
                        return final
                            ? .failed("a quoted field that starts on this line is not closed before the end of the file", newlines: 0) : .needMore
                    }
                    let byte = bytes[index]
                    if byte == Self.quote {
                        if index + 1 >= end && !final { return .needMore }
                        unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<index]))
                        if index + 1 < end && bytes[index + 1] == Self.quote {
                            unquoted.append(Self.quote)
                            index += 2
                            segment = index
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == 0 { return .failed("contains a NUL byte: not a text file", newlines: newlines) }
                    if byte == Self.newline { newlines += 1 }
                    index += 1
                }
                let ascii = !unquoted.contains { $0 >= 0x80 }
                field = fields.count >= kept ? "" : unquoted.withUnsafeBufferPointer { Self.string($0, ascii: ascii) }
                if index < end, bytes[index] != Self.comma, bytes[index] != Self.newline, bytes[index] != Self.cr {
                    return .failed("CSV syntax error: characters after a closing quote", newlines: newlines)
                }
            } else {
                let first = index
                var high: UInt8 = 0
                while index < end {
                    let byte = bytes[index]
                    high |= byte
                    if byte == Self.comma || byte == Self.newline || byte == Self.cr { break }
                    if byte == Self.quote {
                        return .failed("CSV syntax error: a quote inside a field that does not start with one", newlines: newlines)
                    }
                    if byte == 0 { return .failed("contains a NUL byte: not a text file", newlines: newlines) }
                    index += 1
                }
                if index == end && !final { return .needMore }
                field = fields.count >= kept ? "" : Self.string(UnsafeBufferPointer(rebasing: bytes[first..<index]), ascii: high < 0x80)
            }
            guard let field else {
                return .failed(
                    "is not valid UTF-8 (save it as 'CSV UTF-8'; Latin-1 and other encodings would change names silently)", newlines: newlines)
            }
            fields.append(field)
            if index == end { return .record(fields, next: index, newlines: newlines) }
            switch bytes[index] {
            case Self.comma:
                index += 1
            case Self.cr:
                if index + 1 < end { return .record(fields, next: bytes[index + 1] == Self.newline ? index + 2 : index + 1, newlines: newlines) }
                return final ? .record(fields, next: index + 1, newlines: newlines) : .needMore
            default:
                return .record(fields, next: index + 1, newlines: newlines)
            }
        }
    }
}
