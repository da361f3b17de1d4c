import PartnershipCore

/// Part of one household's tariff falling in one financial year, in pence.
public struct FundingLine: Hashable, Sendable {
    public let caseRef: CaseReference
    public let laCode: ONSCode
    /// 1-5: the year after arrival this part belongs to.
    public let tariffYear: Int
    public let financialYear: FinancialYear
    public let pence: Int
    /// Days of the tariff year that fall in the financial year.
    public let days: Int
}
