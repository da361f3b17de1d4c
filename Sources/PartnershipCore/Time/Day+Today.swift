import Foundation

extension Day {
    /// Today's date in UTC, from the system clock.
    public static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(year: 2000, month: 1, day: 1)!
    }

    /// The range a date read from outside may fall in: from 1 January 2000 (before any series the
    /// platform reads) to the end of the quarter after today's.
    public static func plausibleRange(today: Day = .today()) -> ClosedRange<Day> {
        let next = Quarter(containing: Quarter(containing: today).endDay.adding(days: 1))
        return Day(year: 2000, month: 1, day: 1)!...next.endDay
    }
}
