import Foundation
import PartnershipCore

/// Reads typed values out of one row, reporting each bad value (file, line, column, value, what
/// is wrong) to the CSV and remembering that the row failed, so a parser checks every field.
public struct FieldReader {
    public let row: CheckedCSV.Row
    public private(set) var ok = true

    public init(_ row: CheckedCSV.Row) { self.row = row }

    public func text(_ csv: CheckedCSV, _ column: String) -> String {
        row.fields[csv.index(column)].trimmingWhitespace
    }

    public mutating func fail(_ csv: inout CheckedCSV, _ column: String, _ message: String) {
        ok = false
        csv.report(row, column, message)
    }

    /// A quarter-end date `YYYY-MM-DD`, within the plausible range.
    public mutating func quarterEnd(_ csv: inout CheckedCSV, _ column: String) -> Day? {
        guard let day = day(&csv, column) else { return nil }
        guard Quarter(containing: day).endDay == day else { fail(&csv, column, "'\(day)' is not a quarter end"); return nil }
        return day
    }

    /// Any date `YYYY-MM-DD` from 2000 to the end of the quarter after today's: a date outside
    /// that (2099-12-31, 1900-01-01) is a typing error, and would otherwise become "the latest data".
    public mutating func day(_ csv: inout CheckedCSV, _ column: String) -> Day? {
        let value = text(csv, column)
        guard let day = Day(iso: value) else { fail(&csv, column, "'\(value)' is not a date YYYY-MM-DD"); return nil }
        let range = csv.plausibleDays
        guard range.contains(day) else {
            fail(&csv, column, "'\(value)' is outside the plausible range \(range.lowerBound) to \(range.upperBound) (the quarter after today's)")
            return nil
        }
        return day
    }

    /// The text of an optional column: nil when the file has no such column or the cell is empty.
    public func optional(_ csv: CheckedCSV, _ column: String) -> String? {
        guard csv.has(column) else { return nil }
        let value = text(csv, column)
        return value.isEmpty ? nil : value
    }

    /// `Year` and `Quarter` (`Q1`…`Q4`) of an NRM table; `Total` quarters give a nil quarter when allowed.
    mutating func yearQuarter(_ csv: inout CheckedCSV, allowTotal: Bool) -> (year: Int?, quarter: Int?) {
        let yearText = text(csv, "Year"), quarterText = text(csv, "Quarter")
        let year = Int(yearText)
        if year == nil { fail(&csv, "Year", "'\(yearText)' is not a year") }
        let quarter = NRMSchema.quarter(quarterText)
        if quarter == nil && !(allowTotal && quarterText == "Total") {
            fail(&csv, "Quarter", "'\(quarterText)' is not Q1-Q4\(allowTotal ? " or Total" : "")")
        }
        return (year, quarter)
    }

    /// The most people one row of any table the platform reads may count: the UK's whole asylum
    /// support population has been under 200,000; a larger cell is a typing or export error, and
    /// the bound keeps every sum far from overflow.
    public static let plausibleCount = 1_000_000

    /// A count of people: a whole number from 0 to `maximum`.
    public mutating func count(_ csv: inout CheckedCSV, _ column: String, default fallback: Int? = nil, maximum: Int = plausibleCount) -> Int? {
        if let fallback, optional(csv, column) == nil { return fallback }
        let value = text(csv, column)
        guard let number = Int(value), number >= 0 else { fail(&csv, column, "'\(value)' is not a whole number of people (0 or more)"); return nil }
        guard number <= maximum else {
            fail(&csv, column, "\(value) is over the plausible maximum of \(maximum) for one row")
            return nil
        }
        return number
    }

    /// One of the known values, matched without regard to case (so published spelling variants fold).
    public mutating func oneOf(_ csv: inout CheckedCSV, _ column: String, _ known: KnownValues) -> String? {
        let value = text(csv, column)
        guard let match = known.match(value) else {
            let hint = NearestName.to(value, in: known.values).map { " (did you mean '\($0)'?)" } ?? ""
            fail(&csv, column, "'\(value)' is not one of the known values\(hint)")
            return nil
        }
        return match
    }
}

/// The values a column may take, matched exactly first and then without regard to case.
public struct KnownValues {
    public let values: [String]
    private let byLowercase: [String: String]

    public init(_ values: [String]) {
        self.values = values
        byLowercase = Dictionary(values.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func match(_ value: String) -> String? {
        values.contains(value) ? value : byLowercase[value.lowercased()]
    }
}
