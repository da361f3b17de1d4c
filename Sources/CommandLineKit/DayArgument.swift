import ArgumentParser
import Foundation
import PartnershipCore

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension FinancialYear: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension ProgrammeID: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Today and optional dates for options that default to it.
public enum DayArgument {
    /// Parses an optional `YYYY-MM-DD` option, defaulting to today (UTC).
    public static func parse(_ text: String?, option: String) throws -> Day {
        guard let text else { return today() }
        guard let day = Day(iso: text) else { throw ValidationError("\(option) '\(text)' is not a date in the form YYYY-MM-DD") }
        return day
    }

    public static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(year: 2000, month: 1, day: 1)!
    }
}

/// Parses an optional `--year 2017-18` option.
public enum FinancialYearArgument {
    public static func parse(_ text: String?, option: String = "--year") throws -> FinancialYear? {
        try text.map { text in
            guard let year = FinancialYear(text) else { throw ValidationError("\(option) '\(text)' is not a financial year like 2017-18") }
            return year
        }
    }
}
