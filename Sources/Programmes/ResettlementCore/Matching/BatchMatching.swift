import PartnershipCore

/// Matching one referral batch to the firm pledges of a financial year, with the capacity other
/// batches' accepted matches already use: the work behind `smp resettlement match`, here so that
/// the command only parses, calls and renders.
public struct BatchMatching: Sendable {
    public let batch: String
    public let referrals: [Referral]
    public let financialYear: FinancialYear
    public let preference: MatchingPreference
    public let largeFamilyFrom: Int
    /// Every pledge of the year as an offer, with what earlier batches used (before this batch).
    public let offers: [MatchOffer]
    public let proposal: MatchProposal

    /// `financialYear` defaults to the year of the batch's earliest referral, `preference` to the
    /// region's setting. Throws `ResettlementError` when the batch has no referrals.
    public init(
        records: ResettlementRecords, batch: String, financialYear: FinancialYear?, preference: MatchingPreference?,
        settings: (Day) -> ResettlementSettings
    ) async throws {
        let referrals = try await records.referrals(batch: batch)
        guard let first = referrals.map(\.referredOn).min() else {
            let known = try await records.batches().map(\.batch)
            throw ResettlementError([
                "no batch '\(batch)'"
                    + (known.isEmpty ? "; import one with 'smp resettlement referral import'" : "; batches: \(known.joined(separator: ", "))")
            ])
        }
        let year = financialYear ?? FinancialYear(containing: first)
        let settings = settings(year.firstDay)
        let mobility = await Set(try records.referrals().filter { $0.needs.contains(.mobility) }.map(\.caseRef))
        let earlier = try await records.matches().filter { $0.batch != batch && $0.financialYear == year }
        let offers = try await records.pledges(financialYear: year).map { pledge in
            let here = earlier.filter { $0.laCode == pledge.laCode }
            return MatchOffer(
                pledge: pledge, placesUsed: here.reduce(0) { $0 + $1.persons },
                accessibleHomesUsed: here.filter { mobility.contains($0.caseRef) }.count)
        }
        self.batch = batch
        self.referrals = referrals
        self.financialYear = year
        self.preference = preference ?? settings.preference
        self.largeFamilyFrom = settings.largeFamilyFrom
        self.offers = offers
        proposal = Matcher(preference: self.preference, largeFamilyFrom: largeFamilyFrom).propose(referrals, offers: offers, financialYear: year)
    }

    /// Stores the proposal as the batch's matches, replacing earlier ones.
    public func accept(into records: ResettlementRecords, on day: Day) async throws {
        try await records.replaceMatches(batch: batch, with: proposal.matches(batch: batch, on: day))
    }
}
