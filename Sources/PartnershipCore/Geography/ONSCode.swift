/// A nine-character ONS/GSS geography code, e.g. `E06000002` (Middlesbrough).
///
/// The three-character prefix is the entity type: E06 unitary, E07 district, E08 metropolitan
/// district, E09 London borough, E10 county, E12 English region.
public struct ONSCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    /// The code as one number (the letter's rank in E, N, S, W, then the eight digits), so that
    /// equality, hashing and order, which every table keyed by LA uses, cost an integer's.
    private let packed: UInt32

    /// Accepts a letter (E, W, S, N) and eight digits; nil otherwise.
    public init?(_ text: String) {
        var packed: UInt32 = 0, count = 0
        for byte in text.utf8 {
            if count == 0 {
                guard let rank = Self.letters.firstIndex(of: byte) else { return nil }
                packed = UInt32(rank)
            } else {
                guard count < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                packed = packed &* 10 &+ UInt32(byte &- UInt8(ascii: "0"))
            }
            count += 1
        }
        guard count == 9 else { return nil }
        rawValue = text
        self.packed = packed
    }

    /// The letters a code may start with, in the order of their characters.
    private static let letters: [UInt8] = Array("ENSW".utf8)

    /// The entity prefix, e.g. `E07`.
    public var entity: String { String(rawValue.prefix(3)) }
    public var description: String { rawValue }
    public static func < (lhs: ONSCode, rhs: ONSCode) -> Bool { lhs.packed < rhs.packed }
    public static func == (lhs: ONSCode, rhs: ONSCode) -> Bool { lhs.packed == rhs.packed }
    public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = ONSCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an ONS code"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
