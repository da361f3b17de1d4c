import PartnershipCore

/// An accepted assignment of a referred household to an LA's pledge for a year.
public struct Match: Hashable, Sendable {
    public let batch: String
    public let caseRef: CaseReference
    public let laCode: ONSCode
    public let financialYear: FinancialYear
    public let persons: Int
    public let matchedOn: Day

    public init(batch: String, caseRef: CaseReference, laCode: ONSCode, financialYear: FinancialYear, persons: Int, matchedOn: Day) {
        self.batch = batch
        self.caseRef = caseRef
        self.laCode = laCode
        self.financialYear = financialYear
        self.persons = persons
        self.matchedOn = matchedOn
    }
}
