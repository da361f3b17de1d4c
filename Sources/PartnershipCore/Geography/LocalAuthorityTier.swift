/// The kind of local authority. Dispersal is agreed per district-level LA (district, unitary,
/// metropolitan, London borough); children's services sit with upper-tier LAs (county, unitary,
/// metropolitan, London borough).
public enum LocalAuthorityTier: String, Sendable, Codable, CaseIterable {
    case county, district, unitary, metropolitan, london

    /// The ONS entity prefixes a code of this tier may carry.
    public var codePrefixes: [String] {
        switch self {
        case .county: ["E10"]
        case .district: ["E07"]
        case .unitary: ["E06", "W06"]
        case .metropolitan: ["E08"]
        case .london: ["E09"]
        }
    }

    /// Holds a population that counts towards dispersal (the lower tier).
    public var isLowerTier: Bool { self != .county }
    /// Runs children's services, so the UASC threshold applies.
    public var isUpperTier: Bool { self != .district }
}

extension LocalAuthorityTier {
    /// The tier an ONS code's entity prefix says (`E07…` a district); nil for other entities.
    public init?(code: ONSCode) {
        let prefix = String(code.rawValue.prefix(3))
        guard let tier = Self.allCases.first(where: { $0.codePrefixes.contains(prefix) }) else { return nil }
        self = tier
    }
}
