import Foundation

extension String {
    /// The text without leading and trailing white space (Foundation's `.whitespaces`: spaces,
    /// tabs and the other Unicode space separators). Returns the string itself, without going
    /// through Foundation, when it starts and ends with a printable ASCII byte, as almost every
    /// field read from a file does.
    public var trimmingWhitespace: String {
        guard let first = utf8.first, let last = utf8.last, first.isPlainASCII, last.isPlainASCII else {
            return trimmingCharacters(in: .whitespaces)
        }
        return self
    }
}

extension UInt8 {
    /// A printable ASCII byte other than space.
    fileprivate var isPlainASCII: Bool { self > 0x20 && self < 0x7F }
}
