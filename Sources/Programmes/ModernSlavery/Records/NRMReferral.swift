import PartnershipCore

/// A referral made by a first responder in the region, known only by a pseudonymous reference.
/// An adult who withholds consent is not referred into the NRM: the record is a Duty to Notify
/// (no decisions follow). Children need no consent.
public struct NRMReferral: Sendable, Hashable {
    public let reference: CaseReference
    public let responderOrganisation: String
    public let responderType: FirstResponderType
    public let laCode: ONSCode
    public let referredOn: Day
    public let ageGroup: ExploitationAge
    public let exploitation: Set<ExploitationType>
    public let gender: RecordedGender
    public let nationality: String
    public let location: ExploitationLocation
    public let consent: Consent
    public let reasonableGrounds: Decision?
    public let conclusiveGrounds: Decision?
    public let source: String

    public init(
        reference: CaseReference, responderOrganisation: String, responderType: FirstResponderType, laCode: ONSCode, referredOn: Day,
        ageGroup: ExploitationAge, exploitation: Set<ExploitationType>, gender: RecordedGender, nationality: String, location: ExploitationLocation,
        consent: Consent, reasonableGrounds: Decision?, conclusiveGrounds: Decision?, source: String
    ) {
        self.reference = reference
        self.responderOrganisation = responderOrganisation
        self.responderType = responderType
        self.laCode = laCode
        self.referredOn = referredOn
        self.ageGroup = ageGroup
        self.exploitation = exploitation
        self.gender = gender
        self.nationality = nationality
        self.location = location
        self.consent = consent
        self.reasonableGrounds = reasonableGrounds
        self.conclusiveGrounds = conclusiveGrounds
        self.source = source
    }

    /// An adult who did not consent: notified to the Home Office, not referred into the NRM.
    public var isDutyToNotify: Bool { consent == .withheld }

    public enum Stage: Sendable { case reasonableGrounds, conclusiveGrounds }

    /// The referral with a decision recorded at a stage.
    public func deciding(_ stage: Stage, _ decision: Decision) -> NRMReferral {
        NRMReferral(
            reference: reference, responderOrganisation: responderOrganisation, responderType: responderType, laCode: laCode, referredOn: referredOn,
            ageGroup: ageGroup, exploitation: exploitation, gender: gender, nationality: nationality, location: location, consent: consent,
            reasonableGrounds: stage == .reasonableGrounds ? decision : reasonableGrounds,
            conclusiveGrounds: stage == .conclusiveGrounds ? decision : conclusiveGrounds, source: source)
    }

    /// A dated decision.
    public struct Decision: Sendable, Hashable {
        public let outcome: DecisionOutcome
        public let day: Day
        public init(outcome: DecisionOutcome, day: Day) {
            self.outcome = outcome
            self.day = day
        }
    }
}

public enum FirstResponderType: String, Sendable, Hashable, CaseIterable {
    case localAuthority = "local-authority", police, ngo, government
}

public enum ExploitationAge: String, Sendable, Hashable, CaseIterable {
    case adult, child, notKnown = "not-known"
}

public enum ExploitationType: String, Sendable, Hashable, CaseIterable, Comparable {
    case labour, sexual, domestic, criminal, organHarvesting = "organ-harvesting", notSpecified = "not-specified"
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum RecordedGender: String, Sendable, Hashable, CaseIterable {
    case female, male, other, notKnown = "not-known"
}

public enum ExploitationLocation: String, Sendable, Hashable, CaseIterable {
    case uk, overseas, both, notKnown = "not-known"
}

/// An adult's consent to an NRM referral; a child's referral needs none.
public enum Consent: String, Sendable, Hashable, CaseIterable {
    case given, withheld, notNeeded = "not-needed"
}

public enum DecisionOutcome: String, Sendable, Hashable, CaseIterable {
    case positive, negative
}
