import PartnershipCore

/// An LA in the region not yet taking dispersals (marked not participating, or with nobody in
/// dispersal accommodation), and the capacity it would add if it dispersed up to its limit.
public struct WideningCandidate: Sendable, Hashable {
    public let code: ONSCode
    public let name: String
    public let population: Int
    public let limit: Int
    public let supportedNow: Int
    public let capacityAdded: Int
    public let why: String

    /// Candidates ranked by the capacity they would add, largest first (ties by code).
    public static func rank(
        lowerTier: [LocalAuthority], settings: DispersalSettings, dispersed: [ONSCode: Int], counts: [ONSCode: Int]
    ) -> [WideningCandidate] {
        lowerTier.compactMap { la -> WideningCandidate? in
            let limit = settings.limit(for: la), now = counts[la.code, default: 0]
            let why: String
            if !settings.isParticipating(la) {
                why = "marked not participating" + (la.dispersalSource.map { " (\($0))" } ?? "")
            } else if dispersed[la.code, default: 0] == 0 {
                why = "nobody in dispersal accommodation at this quarter end"
            } else {
                return nil
            }
            return WideningCandidate(
                code: la.code, name: la.name, population: la.population, limit: limit, supportedNow: now,
                capacityAdded: max(0, limit - now), why: why)
        }
        .sorted { $0.capacityAdded != $1.capacityAdded ? $0.capacityAdded > $1.capacityAdded : $0.code.rawValue < $1.code.rawValue }
    }
}
