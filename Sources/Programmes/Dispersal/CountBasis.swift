/// Which supported people count against the cluster limit. The choice changes verdicts, so it is
/// shown beside every figure.
public enum CountBasis: String, Sendable, Codable, CaseIterable {
    /// Section 95 in dispersal accommodation plus Section 4 (the platform default).
    case dispersedPlusSection4 = "s95-dispersed-plus-s4"
    /// Section 95 in dispersal accommodation only.
    case dispersedOnly = "s95-dispersed"
    /// All Section 95 (dispersal accommodation and subsistence only).
    case section95 = "s95"
    /// Everyone on asylum support (Section 95, Section 4 and Section 98).
    case allSupported = "all-supported"
}

extension CountBasis {
    /// Whether people on this support and accommodation type count on this basis.
    public func counts(supportType: String, accommodationType: String) -> Bool {
        switch self {
        case .dispersedPlusSection4: (supportType == "Section 95" && accommodationType == "Dispersal Accommodation") || supportType == "Section 4"
        case .dispersedOnly: supportType == "Section 95" && accommodationType == "Dispersal Accommodation"
        case .section95: supportType == "Section 95"
        case .allSupported: true
        }
    }

    /// How the basis reads next to a figure.
    public var label: String {
        switch self {
        case .dispersedPlusSection4: "Section 95 in dispersal accommodation + Section 4"
        case .dispersedOnly: "Section 95 in dispersal accommodation"
        case .section95: "all Section 95 (dispersal accommodation and subsistence only)"
        case .allSupported: "everyone on asylum support (Section 95, 4 and 98)"
        }
    }
}
