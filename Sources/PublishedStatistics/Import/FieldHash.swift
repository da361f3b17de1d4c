/// A 64-bit hash of fields' UTF-8 bytes, taken eight bytes at a time: each word is folded in by a
/// full 128-bit multiply (as wyhash does), and each field ends with its last bytes and their count,
/// so `ab|c` and `a|bc` differ. Cheap per row, unlike `Hasher` on Strings, which normalises
/// Unicode, or a byte-at-a-time FNV, which took 7% of a large import; the callers confirm or state
/// what a collision would cost. Values live only in memory: the function may change.
struct FieldHash {
    static let offsetBasis: UInt64 = 14_695_981_039_346_656_037
    private(set) var value: UInt64

    init(basis: UInt64 = offsetBasis) { value = basis }

    private static let multiplier: UInt64 = 0xA076_1D64_78BD_642F
    private static let fieldEnd: UInt64 = 0xE703_7ED1_A0B4_28DB

    /// `hash` and `word` folded into 64 well-mixed bits.
    @inline(__always)
    private static func fold(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word).multipliedFullWidth(by: multiplier)
        return product.high ^ product.low
    }

    mutating func add(_ field: String) {
        var field = field, hash = value
        field.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes), count = raw.count
            var index = 0
            while index + 8 <= count {
                hash = Self.fold(hash, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            // The last 0-7 bytes, with their count in the top byte, close the field.
            var tail = UInt64(count - index) << 56
            var shift: UInt64 = 0
            while index < count {
                tail |= UInt64(raw[index]) << shift
                shift += 8
                index += 1
            }
            hash = Self.fold(hash ^ Self.fieldEnd, tail)
        }
        value = hash
    }

    /// The hash of `fields` in order.
    static func of(_ fields: some Sequence<String>, basis: UInt64 = offsetBasis) -> UInt64 {
        var hash = FieldHash(basis: basis)
        for field in fields { hash.add(field) }
        return hash.value
    }
}
