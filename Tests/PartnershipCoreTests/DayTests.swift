import PartnershipCore
import Testing

struct DayTests {
    @Test func parsesAndRejectsDates() {
        #expect(Day(iso: "2019-06-30")?.description == "2019-06-30")
        #expect(Day(iso: "2019-02-29") == nil)
        #expect(Day(iso: "2020-02-29") != nil)
        #expect(Day(iso: "30/06/2019") == nil)
    }

    @Test func writesEveryDayAsISO() throws {
        var day = try #require(Day(iso: "1999-12-25"))
        for _ in 0..<800 {
            let padded = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
            #expect(day.description == "\(day.year)-\(padded(day.month))-\(padded(day.day))")
            #expect(Day(iso: day.description) == day)
            day = day.adding(days: 17)
        }
        #expect(Day(year: 12_345, month: 1, day: 2)?.description == "12345-01-02")
    }

    @Test func ordinalRoundTrips() {
        let day = Day(iso: "2016-11-15")!
        #expect(Day(ordinal: day.ordinal) == day)
        #expect(day.adding(days: 365).description == "2017-11-15")
        #expect(Day(iso: "2020-02-29")!.adding(years: 1).description == "2021-02-28")
    }

    @Test func financialYearRunsAprilToMarch() {
        #expect(FinancialYear(containing: Day(iso: "2018-03-31")!).description == "2017-18")
        #expect(FinancialYear(containing: Day(iso: "2018-04-01")!).description == "2018-19")
        #expect(FinancialYear("2018-19") == FinancialYear(startYear: 2018))
        #expect(FinancialYear("2018/19") == FinancialYear(startYear: 2018))
        #expect(FinancialYear("2018-20") == nil)
        #expect(FinancialYear(startYear: 1999).description == "1999-00")
    }

    @Test func quarterEndDays() {
        #expect(Quarter(containing: Day(iso: "2019-05-10")!).endDay.description == "2019-06-30")
        #expect(Quarter(year: 2019, number: 4)!.endDay.description == "2019-12-31")
    }
}
