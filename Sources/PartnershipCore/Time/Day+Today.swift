import Foundation

extension Day {
    /// Today's date in UTC, from the system clock, or `SMP_TODAY` (YYYY-MM-DD) when set: a fixed
    /// clock for reproducing a past run and for benchmarks on synthetic data dated in later years.
    public static func today() -> Day {
        if let fixed = fixedToday { return fixed }
        // Whole days since 1970-01-01 in UTC: plain arithmetic, cheap enough to ask on every request.
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return Day(year: 1970, month: 1, day: 1)!.adding(days: days)
    }

    private static let fixedToday: Day? = ProcessInfo.processInfo.environment["SMP_TODAY"].flatMap { Day(iso: $0) }

    /// The range a date read from outside may fall in: from 1 January 2000 (before any series the
    /// platform reads) to the end of the quarter after today's.
    public static func plausibleRange(today: Day = .today()) -> ClosedRange<Day> {
        let next = Quarter(containing: Quarter(containing: today).endDay.adding(days: 1))
        return Day(year: 2000, month: 1, day: 1)!...next.endDay
    }
}
