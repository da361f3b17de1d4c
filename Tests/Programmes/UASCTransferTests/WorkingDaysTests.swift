import PartnershipCore
import PublishedStatistics
import Testing
import UASCTransfer

/// Working days across England and Wales bank holidays, from the dated GOV.UK file.
struct WorkingDaysTests {
    let calendar = WorkingDays.englandAndWales
    func day(_ text: String) -> Day { Day(iso: text)! }

    @Test func easterIsNotCounted() throws {
        // Good Friday 29 Mar 2024 and Easter Monday 1 Apr 2024: Thursday to Tuesday is one working day.
        #expect(try calendar.between(day("2024-03-28"), day("2024-04-02")) == 1)
        #expect(!calendar.isWorkingDay(day("2024-03-29")) && !calendar.isWorkingDay(day("2024-04-01")))
    }

    @Test func christmasAndNewYearAreNotCounted() throws {
        // Fri 22 Dec 2023 to Wed 3 Jan 2024: 27, 28, 29 Dec and 2, 3 Jan.
        #expect(try calendar.between(day("2023-12-22"), day("2024-01-03")) == 5)
        // 2022: Christmas Day falls on a Sunday, so Tuesday 27 Dec is its substitute.
        #expect(try calendar.between(day("2022-12-23"), day("2022-12-28")) == 1)
    }

    @Test func anOrdinaryWeekIsFiveAndTheSameDayIsNone() throws {
        #expect(try calendar.between(day("2024-06-03"), day("2024-06-10")) == 5)
        #expect(try calendar.between(day("2024-06-03"), day("2024-06-03")) == 0)
        #expect(WorkingDays.weekday(day("2024-01-01")) == 0)
        #expect(WorkingDays.weekday(day("2023-12-31")) == 6)
    }

    @Test func aYearTheListDoesNotCoverIsRefusedNotGuessed() {
        #expect(calendar.years == 2019...2027)
        #expect(throws: WorkingDays.OutOfRange.self) { try calendar.between(day("2018-12-20"), day("2019-01-04")) }
    }
}
