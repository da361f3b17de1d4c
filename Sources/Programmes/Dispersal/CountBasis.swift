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
