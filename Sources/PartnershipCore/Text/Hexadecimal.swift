extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal, two digits a byte: a digest as the ledger and the audit log store it.
    /// (Not `String(format:)`, whose first use in a process costs about half a millisecond.)
    public var hexadecimal: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
