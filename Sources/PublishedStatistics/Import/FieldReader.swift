import PartnershipCore

/// Reads typed values out of one row, reporting each bad value (file, line, column, value, what
/// is wrong) to the CSV and remembering that the row failed, so a parser checks every field.
struct FieldReader {
    let row: PublishedCSV.Row
    private(set) var ok = true

    init(_ row: PublishedCSV.Row) { self.row = row }

    func text(_ csv: PublishedCSV, _ column: String) -> String {
        let value = row.fields[csv.index(column)]
        // Most published fields have no padding; only pay for trimming when there is some.
        guard let first = value.utf8.first, let last = value.utf8.last, first == 0x20 || last == 0x20 || first == 0x09 || last == 0x09 else { return value }
        return value.trimmingCharacters(in: .whitespaces)
    }

    mutating func fail(_ csv: inout PublishedCSV, _ column: String, _ message: String) {
        ok = false
        csv.report(row, column, message)
    }

    /// A quarter-end date `YYYY-MM-DD`.
    mutating func quarterEnd(_ csv: inout PublishedCSV, _ column: String) -> Day? {
        let value = text(csv, column)
        guard let day = Day(iso: value) else { fail(&csv, column, "'\(value)' is not a date YYYY-MM-DD"); return nil }
        guard Quarter(containing: day).endDay == day else { fail(&csv, column, "'\(value)' is not a quarter end"); return nil }
        return day
    }

    /// `Year` and `Quarter` (`Q1`…`Q4`) of an NRM table; `Total` quarters give a nil quarter when allowed.
    mutating func yearQuarter(_ csv: inout PublishedCSV, allowTotal: Bool) -> (year: Int?, quarter: Int?) {
        let yearText = text(csv, "Year"), quarterText = text(csv, "Quarter")
        let year = Int(yearText)
        if year == nil { fail(&csv, "Year", "'\(yearText)' is not a year") }
        let quarter = NRMSchema.quarter(quarterText)
        if quarter == nil && !(allowTotal && quarterText == "Total") {
            fail(&csv, "Quarter", "'\(quarterText)' is not Q1-Q4\(allowTotal ? " or Total" : "")")
        }
        return (year, quarter)
    }

    /// A count of people: a whole number, 0 or more.
    mutating func count(_ csv: inout PublishedCSV, _ column: String) -> Int? {
        let value = text(csv, column)
        guard let number = Int(value), number >= 0 else { fail(&csv, column, "'\(value)' is not a whole number of people (0 or more)"); return nil }
        return number
    }

    /// One of the known values, matched without regard to case (so published spelling variants fold).
    mutating func oneOf(_ csv: inout PublishedCSV, _ column: String, _ known: KnownValues) -> String? {
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
struct KnownValues {
    let values: [String]
    private let byLowercase: [String: String]

    init(_ values: [String]) {
        self.values = values
        byLowercase = Dictionary(values.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    func match(_ value: String) -> String? {
        values.contains(value) ? value : byLowercase[value.lowercased()]
    }
}
