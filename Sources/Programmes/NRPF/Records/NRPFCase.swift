import PartnershipCore

/// A household with no recourse to public funds supported by an LA's social services, known only
/// by a pseudonymous reference. Costs are the council's own weekly figures.
public struct NRPFCase: Sendable, Hashable {
    public let reference: CaseReference
    public let laCode: ONSCode
    public let householdType: NRPFHouseholdType
    public let legalBasis: NRPFLegalBasis
    public let immigrationStatus: ImmigrationStatus
    public let dependants: Int
    public let startedOn: Day
    public let weeklyAccommodationPence: Int
    public let weeklySubsistencePence: Int
    /// The day support stopped (not itself a day on support).
    public let endedOn: Day?
    public let closureReason: ClosureReason?
    /// A later immigration decision recorded on the case.
    public let statusChange: StatusChange?
    public let source: String

    public init(
        reference: CaseReference, laCode: ONSCode, householdType: NRPFHouseholdType, legalBasis: NRPFLegalBasis, immigrationStatus: ImmigrationStatus,
        dependants: Int, startedOn: Day, weeklyAccommodationPence: Int, weeklySubsistencePence: Int, endedOn: Day?, closureReason: ClosureReason?,
        statusChange: StatusChange?, source: String
    ) {
        self.reference = reference
        self.laCode = laCode
        self.householdType = householdType
        self.legalBasis = legalBasis
        self.immigrationStatus = immigrationStatus
        self.dependants = dependants
        self.startedOn = startedOn
        self.weeklyAccommodationPence = weeklyAccommodationPence
        self.weeklySubsistencePence = weeklySubsistencePence
        self.endedOn = endedOn
        self.closureReason = closureReason
        self.statusChange = statusChange
        self.source = source
    }

    public struct StatusChange: Sendable, Hashable {
        public let status: ImmigrationStatus
        public let day: Day
        public init(status: ImmigrationStatus, day: Day) {
            self.status = status
            self.day = day
        }
    }

    public func isOpen(on day: Day) -> Bool { startedOn <= day && (endedOn.map { $0 > day } ?? true) }

    /// Days on support up to the day (support days run from the start to the day before the end).
    public func daysOnSupport(on day: Day) -> Int {
        let last = min(endedOn ?? day.adding(days: 1), day.adding(days: 1))
        return max(0, last.ordinal - startedOn.ordinal)
    }

    /// "Closure required", as NRPF Connect raises it: a recorded status that grants recourse to
    /// public funds on a case the council has not closed.
    public func closureRequired(on day: Day) -> Day? {
        guard let change = statusChange, change.status.grantsRecourse, change.day <= day, isOpen(on: day) else { return nil }
        return change.day
    }

    /// Returns the case with a status change recorded.
    public func recording(_ change: StatusChange) -> NRPFCase {
        NRPFCase(
            reference: reference, laCode: laCode, householdType: householdType, legalBasis: legalBasis, immigrationStatus: immigrationStatus,
            dependants: dependants, startedOn: startedOn, weeklyAccommodationPence: weeklyAccommodationPence,
            weeklySubsistencePence: weeklySubsistencePence, endedOn: endedOn, closureReason: closureReason, statusChange: change, source: source)
    }

    /// Returns the case closed on a day for a reason.
    public func closing(on day: Day, reason: ClosureReason) -> NRPFCase {
        NRPFCase(
            reference: reference, laCode: laCode, householdType: householdType, legalBasis: legalBasis, immigrationStatus: immigrationStatus,
            dependants: dependants, startedOn: startedOn, weeklyAccommodationPence: weeklyAccommodationPence,
            weeklySubsistencePence: weeklySubsistencePence, endedOn: day, closureReason: reason, statusChange: statusChange, source: source)
    }
}

/// NRPF Connect's service areas.
public enum NRPFHouseholdType: String, Sendable, Hashable, CaseIterable {
    case family = "family-with-children", adultWithCareNeeds = "adult-with-care-needs", careLeaver = "care-leaver"
}

public enum NRPFLegalBasis: String, Sendable, Hashable, CaseIterable {
    case childrenActS17 = "children-act-s17", careAct2014 = "care-act-2014", leavingCare = "leaving-care"
}

/// Immigration status categories as NRPF Connect reports them (DOMAIN.md 1.5).
public enum ImmigrationStatus: String, Sendable, Hashable, CaseIterable {
    case noPermission = "no-permission", leaveNRPF = "leave-nrpf", asylumClaim = "asylum-claim", europeanRights = "european-rights"
    case leaveWithRecourse = "leave-with-recourse"

    /// Leave to remain with recourse to public funds: support from social services should end.
    public var grantsRecourse: Bool { self == .leaveWithRecourse }
}

public enum ClosureReason: String, Sendable, Hashable, CaseIterable {
    case recourseGranted = "recourse-granted", leftArea = "left-area", returnedHome = "returned-home", noLongerEligible = "no-longer-eligible"
    case supportRefused = "support-refused", other
}
