import PartnershipCore

/// Assigns a batch of referred households to LA offers: never over an offer's places or
/// accessible homes, only where the household type and needs fit, placing as many households as
/// it can. Deterministic: the same batch and offers give the same proposal whatever their order.
///
/// Households go smallest first (for one offer that maximises the number placed), the most
/// constrained first among equals; the preference picks among offers that fit. A repair pass then
/// places a household that did not fit by moving one already placed to another offer with room.
public struct Matcher: Sendable {
    public let preference: MatchingPreference
    public let largeFamilyFrom: Int

    public init(preference: MatchingPreference, largeFamilyFrom: Int) {
        self.preference = preference
        self.largeFamilyFrom = largeFamilyFrom
    }

    public func propose(_ referrals: [Referral], offers: [MatchOffer], financialYear: FinancialYear) -> MatchProposal {
        var offers = offers.filter { $0.pledge.status == .firm }.sorted {
            ($0.pledge.position, $0.laCode.rawValue) < ($1.pledge.position, $1.laCode.rawValue)
        }
        let eligible = Dictionary(
            uniqueKeysWithValues: referrals.map { referral in
                (referral.caseRef, offers.indices.filter { offers[$0].exclusion(referral, largeFamilyFrom: largeFamilyFrom) == nil })
            })
        let ordered = referrals.sorted {
            ($0.household.size, eligible[$0.caseRef]!.count, $0.caseRef.rawValue) < (
                $1.household.size, eligible[$1.caseRef]!.count, $1.caseRef.rawValue
            )
        }
        var placed: [CaseReference: Int] = [:]
        var waiting: [Referral] = []
        for referral in ordered {
            if let index = choose(referral, among: eligible[referral.caseRef]!, in: offers) {
                offers[index].take(referral)
                placed[referral.caseRef] = index
            } else {
                waiting.append(referral)
            }
        }
        // Repair: make room for a waiting household by moving one placed household elsewhere. A
        // failed repair depends only on the household's size, type and needs, so others like it
        // are skipped until some repair changes the offers.
        var improved = true
        while improved {
            improved = false
            var hopeless = Set<String>()
            for referral in waiting where placed[referral.caseRef] == nil {
                let signature = "\(referral.household.size)|\(referral.household.type(largeFamilyFrom: largeFamilyFrom))|\(referral.needs.sorted())"
                if hopeless.contains(signature) { continue }
                if repair(referral, eligible: eligible, referrals: ordered, offers: &offers, placed: &placed) {
                    improved = true
                    hopeless.removeAll()
                } else {
                    hopeless.insert(signature)
                }
            }
        }
        let assignments = ordered.compactMap { referral in
            placed[referral.caseRef].map { MatchProposal.Assignment(referral: referral, laCode: offers[$0].laCode) }
        }
        .sorted { $0.referral.caseRef < $1.referral.caseRef }
        let unplaced = ordered.filter { placed[$0.caseRef] == nil }.sorted { $0.caseRef < $1.caseRef }
            .map { MatchProposal.Unplaced(referral: $0, reason: reason($0, offers: offers, financialYear: financialYear)) }
        return MatchProposal(
            financialYear: financialYear, preference: preference, largeFamilyFrom: largeFamilyFrom, assignments: assignments, unplaced: unplaced,
            offers: offers)
    }

    /// The offer the preference picks among those the household fits now.
    func choose(_ referral: Referral, among candidates: [Int], in offers: [MatchOffer]) -> Int? {
        let fitting = candidates.filter { offers[$0].fits(referral, largeFamilyFrom: largeFamilyFrom) }
        switch preference {
        case .inOrder:
            return fitting.first
        case .spread:
            // Largest share of places free (compared exactly, by cross-multiplying), then most places free, then pledge order.
            return fitting.min { a, b in
                let left = (offers[a].placesLeft, offers[a].pledge.places), right = (offers[b].placesLeft, offers[b].pledge.places)
                let lhs = left.0 * max(1, right.1), rhs = right.0 * max(1, left.1)
                if lhs != rhs { return lhs > rhs }
                if left.0 != right.0 { return left.0 > right.0 }
                return a < b
            }
        }
    }

    private func repair(
        _ referral: Referral, eligible: [CaseReference: [Int]], referrals: [Referral], offers: inout [MatchOffer], placed: inout [CaseReference: Int]
    ) -> Bool {
        for target in eligible[referral.caseRef]! {
            let occupants = referrals.filter { placed[$0.caseRef] == target }
            for occupant in occupants {
                var trial = offers
                trial[target].release(occupant)
                guard trial[target].fits(referral, largeFamilyFrom: largeFamilyFrom) else { continue }
                trial[target].take(referral)
                let elsewhere = eligible[occupant.caseRef]!.filter { $0 != target }
                guard let destination = choose(occupant, among: elsewhere, in: trial) else { continue }
                trial[destination].take(occupant)
                offers = trial
                placed[occupant.caseRef] = destination
                placed[referral.caseRef] = target
                return true
            }
        }
        return false
    }

    /// Why the household fits no offer: the furthest any offer got through the checks.
    func reason(_ referral: Referral, offers: [MatchOffer], financialYear: FinancialYear) -> UnplacedReason {
        guard !offers.isEmpty else { return .noFirmPledges(financialYear) }
        let exclusions = offers.map { $0.exclusion(referral, largeFamilyFrom: largeFamilyFrom) }
        let open = offers.indices.filter { exclusions[$0] == nil }
        guard !open.isEmpty else {
            let type = referral.household.type(largeFamilyFrom: largeFamilyFrom)
            // Report the type only when no offer takes it; otherwise the need that ruled the rest out.
            return exclusions.compactMap { $0 }.first { $0 != .householdType(type) } ?? .householdType(type)
        }
        let roomy = open.filter { offers[$0].placesLeft >= referral.household.size }
        if !roomy.isEmpty && referral.needs.contains(.mobility) { return .noAccessibleHomeLeft }
        let best = open.max { (offers[$0].placesLeft, -$0) < (offers[$1].placesLeft, -$1) }!
        return .capacity(needed: referral.household.size, largestLeft: offers[best].placesLeft, at: offers[best].laCode)
    }
}
