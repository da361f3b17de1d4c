/// A 64-bit FNV-1a hash of fields' UTF-8 bytes, each field ended by a separator byte (so `ab|c`
/// and `a|bc` differ). Cheap per row, unlike `Hasher` on Strings, which normalises Unicode; the
/// callers confirm or state what a collision would cost.
struct FieldHash {
    static let offsetBasis: UInt64 = 14_695_981_039_346_656_037
    private(set) var value: UInt64

    init(basis: UInt64 = offsetBasis) { value = basis }

    mutating func add(_ field: String) {
        var hash = value
        let contiguous = field.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        }
        if contiguous == nil { for byte in field.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 } }
        value = (hash ^ 0x1F) &* 1_099_511_628_211
    }

    /// The hash of `fields` in order.
    static func of(_ fields: some Sequence<String>, basis: UInt64 = offsetBasis) -> UInt64 {
        var hash = FieldHash(basis: basis)
        for field in fields { hash.add(field) }
        return hash.value
    }
}
