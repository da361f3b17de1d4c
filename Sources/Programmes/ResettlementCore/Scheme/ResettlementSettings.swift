import PartnershipCore

/// A region's resettlement settings for one scheme on one day, typed.
public struct ResettlementSettings: Sendable {
    /// People the region agreed to resettle, if the module sets a target.
    public let target: Int?
    public let targetSource: String?
    /// The financial year the target is for, read from the start of `target-year` ("2017-18: …").
    public let targetYear: FinancialYear?
    /// `target-year` as written, for notes.
    public let targetNote: String?
    public let preference: MatchingPreference
    public let largeFamilyFrom: Int

    public init(_ resolved: ResolvedSettings) {
        target = resolved.integer(ResettlementScheme.target)
        targetSource = resolved[ResettlementScheme.target]?.source
        targetNote = resolved.text(ResettlementScheme.targetYear)
        targetYear = targetNote.flatMap { FinancialYear(String($0.prefix(7))) }
        preference = resolved.text(ResettlementScheme.matching).flatMap(MatchingPreference.init(rawValue:)) ?? .spread
        largeFamilyFrom = resolved.integer(ResettlementScheme.largeFamily) ?? 6
    }
}
