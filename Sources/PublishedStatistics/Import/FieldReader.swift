import PartnershipCore

/// Reads typed values out of one row, reporting each bad value (file, line, column, value, what
/// is wrong) to the CSV and remembering that the row failed, so a parser checks every field.
struct FieldReader {
    let row: PublishedCSV.Row
    private(set) var ok = true

    init(_ row: PublishedCSV.Row) { self.row = row }

    func text(_ csv: PublishedCSV, _ column: String) -> String {
        row.fields[csv.index(column)].trimmingCharacters(in: .whitespaces)
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

    /// A count of people: a whole number, 0 or more.
    mutating func count(_ csv: inout PublishedCSV, _ column: String) -> Int? {
        let value = text(csv, column)
        guard let number = Int(value), number >= 0 else { fail(&csv, column, "'\(value)' is not a whole number of people (0 or more)"); return nil }
        return number
    }

    /// One of the known values, matched without regard to case (so published spelling variants fold).
    mutating func oneOf(_ csv: inout PublishedCSV, _ column: String, _ known: [String]) -> String? {
        let value = text(csv, column)
        guard let match = known.first(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) else {
            let hint = NearestName.to(value, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            fail(&csv, column, "'\(value)' is not one of the known values\(hint)")
            return nil
        }
        return match
    }
}
