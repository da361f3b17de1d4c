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
