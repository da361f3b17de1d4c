import PartnershipCore
import PartnershipReports
import Reporting
import Testing

/// The business-plan tracker's reading of timescales and its RAG rule, and the finance checks,
/// on the forms the seed documents use.
struct PlanAndFinanceTests {
    let year = FinancialYear("2018-19")!

    @Test(arguments: [
        ("1st quarter", "2018-06-30"), ("1 st quarter", "2018-06-30"), ("3 rd quarter", "2018-12-31"), ("4th quarter", "2019-03-31"),
        ("30 June 2018", "2018-06-30"), ("31 st October 2018", "2018-10-31"), ("June 2017", "2017-06-30"), ("30th May 2017", "2017-05-30"),
        ("1st quarter and ongoing", "2018-06-30"),
    ])
    func aTimescaleThatNamesADeadlineIsReadAgainstThePlanYear(text: String, due: String) {
        #expect(Timescale(text, year: year).deadline == Day(iso: due))
    }

    @Test(arguments: ["Ongoing", "Quarterly", "On going as per meeting schedule", "As required", "Monthly/Quarterly", ""])
    func aRecurringTimescaleHasNoDeadline(text: String) {
        #expect(Timescale(text, year: year).deadline == nil)
    }

    @Test func ragFollowsStatusAndDeadline() {
        let q1 = Timescale("1st quarter", year: year), ongoing = Timescale("Ongoing", year: year)
        let july = Day(iso: "2018-07-15")!, june = Day(iso: "2018-06-10")!, april = Day(iso: "2018-04-02")!
        #expect(RAGStatus.derive(status: .complete, timescale: q1, on: july).colour == .green)
        #expect(RAGStatus.derive(status: nil, timescale: q1, on: july).colour == .red)
        #expect(RAGStatus.derive(status: .inProgress, timescale: q1, on: june).colour == .amber)
        #expect(RAGStatus.derive(status: nil, timescale: q1, on: april).colour == .green)
        #expect(RAGStatus.derive(status: .delayed, timescale: q1, on: april).colour == .amber)
        #expect(RAGStatus.derive(status: nil, timescale: ongoing, on: july).colour == .amber)
        #expect(RAGStatus.derive(status: .inProgress, timescale: ongoing, on: july).colour == .green)
        #expect(RAGStatus.derive(status: .cancelled, timescale: q1, on: july).colour == .closed)
        #expect(ActionStatus(recorded: "Completed 4th quarter") == .complete)
    }

    @Test func aStatementWhoseLinesDoNotAddUpIsFlaggedWithTheDifference() {
        let statement = FinanceStatement(
            year: year, source: "seed-004", income: [FinanceLine(line: "Grant", amount: 227_150)],
            expenditure: [FinanceLine(line: "Salaries", amount: 196_300), FinanceLine(line: "Other", amount: 39_250)],
            statedIncomeTotal: 227_150, statedExpenditureTotal: 227_150)
        let checks = FinanceReport.checks(statement)
        #expect(checks.map(\.difference) == [8_400, -8_400])
        #expect(checks[0].what == "expenditure lines sum to £235,550.00; the stated total is £227,150.00")
        let notes = FinanceReport.section(statement, region: .test).notes
        #expect(notes.contains { $0.hasPrefix("CHECK: expenditure lines sum to £235,550.00") && $0.contains("a difference of £8,400.00 (seed-004)") })
    }
}

extension Region {
    static let test = Region(id: "t", name: "Test", shortName: "T", onsRegionCode: nil, leadOrganisation: "", established: "", localAuthorities: [])
}
