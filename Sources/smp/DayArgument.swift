import ArgumentParser
import Foundation
import PartnershipCore

/// Parses an optional `YYYY-MM-DD` option, defaulting to today (UTC).
enum DayArgument {
    static func parse(_ text: String?, option: String) throws -> Day {
        guard let text else { return today() }
        guard let day = Day(iso: text) else { throw ValidationError("\(option) '\(text)' is not a date in the form YYYY-MM-DD") }
        return day
    }

    static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Parses an optional `--year 2017-18` option.
enum FinancialYearArgument {
    static func parse(_ text: String?, option: String = "--year") throws -> FinancialYear? {
        try text.map { text in
            guard let year = FinancialYear(text) else { throw ValidationError("\(option) '\(text)' is not a financial year like 2017-18") }
            return year
        }
    }
}
