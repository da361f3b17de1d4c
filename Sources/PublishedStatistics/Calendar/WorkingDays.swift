import Foundation
import PartnershipCore

/// Working days in England and Wales: Monday to Friday, less the bank holidays GOV.UK publishes,
/// kept as a dated data file (`bank-holidays-england-and-wales.csv`; a later year is new rows).
public struct WorkingDays: Sendable {
    public let holidays: Set<Day>
    /// The calendar years the list covers; a count that needs another year is refused, not guessed.
    public let years: ClosedRange<Int>
    public let source: String

    public init(holidays: Set<Day>, years: ClosedRange<Int>, source: String) {
        self.holidays = holidays
        self.years = years
        self.source = source
    }

    public struct OutOfRange: Error, CustomStringConvertible, Sendable {
        public let day: Day
        public let years: ClosedRange<Int>
        public var description: String {
            "no bank holiday list for \(day.year): the list covers \(years.lowerBound)-\(years.upperBound); add that year's rows to "
                + "Sources/PublishedStatistics/Resources/data/bank-holidays-england-and-wales.csv (source: GOV.UK bank holidays)"
        }
    }

    /// Monday = 0 … Sunday = 6 (1 Jan 2024 was a Monday).
    public static func weekday(_ day: Day) -> Int {
        let monday = Day(year: 2024, month: 1, day: 1)!.ordinal
        return ((day.ordinal - monday) % 7 + 7) % 7
    }

    public func isWorkingDay(_ day: Day) -> Bool { Self.weekday(day) < 5 && !holidays.contains(day) }

    /// Working days after `start` up to and including `end` (a request made on Monday and completed
    /// on Tuesday took 1); 0 when `end` is on or before `start`.
    public func between(_ start: Day, _ end: Day) throws -> Int {
        guard end > start else { return 0 }
        for day in [start, end] where !years.contains(day.year) { throw OutOfRange(day: day, years: years) }
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// The bank holiday file shipped with the programme.
    public static let englandAndWales: WorkingDays = {
        let file = "bank-holidays-england-and-wales.csv"
        let text = BundledData.text(file)
        var problems: [Diagnostic] = []
        var days = Set<Day>()
        var source = "GOV.UK bank holidays"
        if var csv = CheckedCSV(text: text, file: file, required: ["date", "title", "source"], problems: &problems) {
            while let row = csv.next() {
                if let day = Day(iso: row.fields[0]) { days.insert(day) }
                source = row.fields[3]
            }
        }
        let years = (days.map(\.year).min() ?? 0)...(days.map(\.year).max() ?? 0)
        return WorkingDays(holidays: days, years: years, source: source)
    }()
}
