import PartnershipCore

/// A proposed assignment of one batch: where each placed household goes, why each other one
/// could not be placed, and what every offer has left.
public struct MatchProposal: Sendable {
    public struct Assignment: Hashable, Sendable {
        public let referral: Referral
        public let laCode: ONSCode
    }

    public struct Unplaced: Hashable, Sendable {
        public let referral: Referral
        public let reason: UnplacedReason
    }

    public let financialYear: FinancialYear
    public let preference: MatchingPreference
    public let largeFamilyFrom: Int
    public let assignments: [Assignment]
    public let unplaced: [Unplaced]
    /// Every offer after the proposal, in pledge order.
    public let offers: [MatchOffer]

    public var placedPeople: Int { assignments.reduce(0) { $0 + $1.referral.household.size } }

    /// The proposal as matches to store.
    public func matches(batch: String, on day: Day) -> [Match] {
        assignments.map {
            Match(
                batch: batch, caseRef: $0.referral.caseRef, laCode: $0.laCode, financialYear: financialYear, persons: $0.referral.household.size,
                matchedOn: day)
        }
    }
}
