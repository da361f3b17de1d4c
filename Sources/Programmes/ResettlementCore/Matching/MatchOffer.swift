import PartnershipCore

/// A firm pledge as the matcher sees it: what it can still take after earlier batches.
public struct MatchOffer: Hashable, Sendable {
    public let pledge: Pledge
    /// Places left after earlier batches' matches.
    public var placesLeft: Int
    /// Wheelchair-accessible homes left after earlier batches' matches.
    public var accessibleHomesLeft: Int

    public init(pledge: Pledge, placesUsed: Int = 0, accessibleHomesUsed: Int = 0) {
        self.pledge = pledge
        placesLeft = max(0, pledge.places - placesUsed)
        accessibleHomesLeft = max(0, pledge.accessibleHomes - accessibleHomesUsed)
    }

    public var laCode: ONSCode { pledge.laCode }

    /// The first rule that rules this offer out for the household whatever its capacity, if any.
    func exclusion(_ referral: Referral, largeFamilyFrom threshold: Int) -> UnplacedReason? {
        let type = referral.household.type(largeFamilyFrom: threshold)
        if !pledge.householdTypes.contains(type) { return .householdType(type) }
        for need in referral.needs.sorted() where need != .mobility && !pledge.meets.contains(need) { return .need(need) }
        if referral.needs.contains(.mobility) && pledge.accessibleHomes == 0 { return .need(.mobility) }
        return nil
    }

    /// Whether the household can go here now.
    func fits(_ referral: Referral, largeFamilyFrom threshold: Int) -> Bool {
        exclusion(referral, largeFamilyFrom: threshold) == nil && placesLeft >= referral.household.size
            && (!referral.needs.contains(.mobility) || accessibleHomesLeft > 0)
    }

    mutating func take(_ referral: Referral) {
        placesLeft -= referral.household.size
        if referral.needs.contains(.mobility) { accessibleHomesLeft -= 1 }
    }

    mutating func release(_ referral: Referral) {
        placesLeft += referral.household.size
        if referral.needs.contains(.mobility) { accessibleHomesLeft += 1 }
    }
}
