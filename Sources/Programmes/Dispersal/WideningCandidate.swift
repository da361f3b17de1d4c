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
            var why: String
            switch settings.participation(la, dispersed: dispersed[la.code, default: 0]) {
            case .notParticipating(let because): why = "not participating: \(because)"
            case .unknown(let because): why = "participation unknown: \(because)"
            case .participating: why = ""
            }
            if !why.isEmpty {
                // listed with the reason above
            } else if dispersed[la.code, default: 0] == 0 {
                why = "participating, but nobody in dispersal accommodation at this quarter end"
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
