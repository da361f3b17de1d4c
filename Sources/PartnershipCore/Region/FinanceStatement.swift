/// A year's grant income and expenditure as published, with the totals the document states.
public struct FinanceStatement: Hashable, Sendable, Codable {
    public let year: FinancialYear
    public let source: String
    public let income: [FinanceLine]
    public let expenditure: [FinanceLine]
    public let statedIncomeTotal: Int?
    public let statedExpenditureTotal: Int?

    public init(
        year: FinancialYear, source: String, income: [FinanceLine], expenditure: [FinanceLine], statedIncomeTotal: Int?, statedExpenditureTotal: Int?
    ) {
        self.year = year
        self.source = source
        self.income = income
        self.expenditure = expenditure
        self.statedIncomeTotal = statedIncomeTotal
        self.statedExpenditureTotal = statedExpenditureTotal
    }

    public var incomeTotal: Int { income.reduce(0) { $0 + $1.amount } }
    public var expenditureTotal: Int { expenditure.reduce(0) { $0 + $1.amount } }
}

/// One line of a finance statement, in whole pounds.
public struct FinanceLine: Hashable, Sendable, Codable {
    public let line: String
    public let amount: Int
    public init(line: String, amount: Int) {
        self.line = line
        self.amount = amount
    }
}
