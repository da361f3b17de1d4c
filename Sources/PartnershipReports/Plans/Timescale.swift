import Foundation
import PartnershipCore

/// A plan action's timescale as the plan states it ("1st quarter", "30 June 2018", "Ongoing"),
/// read against the plan's financial year: a deadline when it names one, otherwise recurring.
public struct Timescale: Sendable, Hashable {
    public let text: String
    /// The day the action is due by; nil for "Ongoing", "Quarterly", "As required" and the like.
    public let deadline: Day?

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    public init(_ text: String?, year: FinancialYear) {
        self.text = text ?? ""
        deadline = Self.deadline(self.text, year: year)
    }

    static func deadline(_ text: String, year: FinancialYear) -> Day? {
        // "1 st quarter", "3 rd quarter" as published: spaces inside ordinals are dropped first.
        let words = text.lowercased().replacingOccurrences(of: " st ", with: "st ").replacingOccurrences(of: " nd ", with: "nd ")
            .replacingOccurrences(of: " rd ", with: "rd ").replacingOccurrences(of: " th ", with: "th ")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for (index, word) in words.enumerated() where word == "quarter" && index > 0 {
            let ordinal = ["1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "first": 1, "second": 2, "third": 3, "fourth": 4][words[index - 1]]
            if let ordinal {
                return Quarter(year: ordinal == 4 ? year.startYear + 1 : year.startYear, number: ordinal == 4 ? 1 : ordinal + 1)?.endDay
            }
        }
        for (index, word) in words.enumerated() {
            guard let month = months.firstIndex(of: word).map({ $0 + 1 }) else { continue }
            let yearText = words.dropFirst(index + 1).first { $0.count == 4 && Int($0) != nil }
            let calendarYear = yearText.flatMap { Int($0) } ?? (month >= 4 ? year.startYear : year.startYear + 1)
            let dayText = index > 0 ? words[index - 1].filter(\.isNumber) : ""
            if let dayNumber = Int(dayText), let day = Day(year: calendarYear, month: month, day: dayNumber) { return day }
            return Self.lastDay(of: month, in: calendarYear)
        }
        return nil
    }

    static func lastDay(of month: Int, in year: Int) -> Day? {
        month == 12 ? Day(year: year, month: 12, day: 31) : Day(year: year, month: month + 1, day: 1)?.adding(days: -1)
    }
}
