import PartnershipCore

/// A household's arrival in its LA: the day the tariff years start from.
public struct Arrival: Hashable, Sendable {
    public let caseRef: CaseReference
    public let laCode: ONSCode
    public let arrivedOn: Day
    public let flight: FlightType
    /// The household as referred (the tariff is paid per person and per child by age band).
    public let household: Household
    public let source: String

    public init(caseRef: CaseReference, laCode: ONSCode, arrivedOn: Day, flight: FlightType, household: Household, source: String) {
        self.caseRef = caseRef
        self.laCode = laCode
        self.arrivedOn = arrivedOn
        self.flight = flight
        self.household = household
        self.source = source
    }

    public var persons: Int { household.size }
}
