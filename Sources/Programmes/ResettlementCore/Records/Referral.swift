import PartnershipCore

/// One household referred by the Home Office in a batch, known only by its case reference.
public struct Referral: Hashable, Sendable {
    public let batch: String
    public let caseRef: CaseReference
    public let household: Household
    public let needs: Set<Need>
    public let referredOn: Day
    public let source: String

    public init(batch: String, caseRef: CaseReference, household: Household, needs: Set<Need> = [], referredOn: Day, source: String) {
        self.batch = batch
        self.caseRef = caseRef
        self.household = household
        self.needs = needs
        self.referredOn = referredOn
        self.source = source
    }
}
