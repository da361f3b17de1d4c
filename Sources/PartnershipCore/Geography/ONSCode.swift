/// A nine-character ONS/GSS geography code, e.g. `E06000002` (Middlesbrough).
///
/// The three-character prefix is the entity type: E06 unitary, E07 district, E08 metropolitan
/// district, E09 London borough, E10 county, E12 English region.
public struct ONSCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts a letter (E, W, S, N) and eight digits; nil otherwise.
    public init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 9, "EWSN".unicodeScalars.contains(scalars[0]),
            scalars.dropFirst().allSatisfy({ ("0"..."9").contains($0) })
        else { return nil }
        rawValue = text
    }

    /// The entity prefix, e.g. `E07`.
    public var entity: String { String(rawValue.prefix(3)) }
    public var description: String { rawValue }
    public static func < (lhs: ONSCode, rhs: ONSCode) -> Bool { lhs.rawValue < rhs.rawValue }

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
