import PartnershipCore

/// An LA's offer of resettlement places for one financial year: how many people, which household
/// types it can house, and which needs it can meet. One pledge per LA per year; a new one replaces it.
public struct Pledge: Hashable, Sendable {
    public let laCode: ONSCode
    public let financialYear: FinancialYear
    /// People the LA can take in the year.
    public let places: Int
    public let householdTypes: Set<HouseholdType>
    /// Wheelchair-accessible homes on offer (one per household with mobility needs).
    public let accessibleHomes: Int
    /// Needs beyond housing the LA has said it can meet (medical, education).
    public let meets: Set<Need>
    public let status: PledgeStatus
    /// Where the pledge comes from (a letter, a meeting, or "synthetic (seed N)").
    public let source: String
    /// Entry order within the year: the order "fill pledges in order" follows.
    public let position: Int

    public init(
        laCode: ONSCode, financialYear: FinancialYear, places: Int, householdTypes: Set<HouseholdType> = [.family],
        accessibleHomes: Int = 0, meets: Set<Need> = [], status: PledgeStatus, source: String, position: Int = 0
    ) {
        self.laCode = laCode
        self.financialYear = financialYear
        self.places = places
        self.householdTypes = householdTypes
        self.accessibleHomes = accessibleHomes
        self.meets = meets
        self.status = status
        self.source = source
        self.position = position
    }

    /// Places that count towards the region's pledged total (withdrawn pledges count for none).
    public var countedPlaces: Int { status == .withdrawn ? 0 : places }
}
