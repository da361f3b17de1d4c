import Foundation
import PartnershipCore
import PartnershipStore

/// NRM referrals made by one kind of first responder (the published file: all LAs together)
/// in one quarter, by exploitation type, age, gender and nationality. The file is a cube that
/// includes its own `Total` slices; it is stored as published, and queries pick the slice they
/// need. The quarter is not a column of the file: it is read from the file name (`…_2023_q4.csv`).
public struct NRMFirstResponderTable: PublishedTable {
    public static let required = [
        "First responder type", "First responder", "Exploitation type", "Age at exploitation", "Gender", "Nationality", "People",
    ]
    public init() {}

    public var dataset: String { "nrm-first-responder" }
    public var publisher: String { "Home Office" }
    public var table: String { "nrm_first_responder_referrals" }
    public var columns: [String] {
        ["year", "quarter", "first_responder_type", "first_responder", "exploitation_type", "age_group", "gender", "nationality", "people"]
    }

    public var expectedColumns: [String] { Self.required }

    public func recognises(header: [String]) -> Bool { Self.required.allSatisfy(header.contains) }

    /// `(2023, 4)` from a name containing `2023_q4` (or `2023-Q4`).
    static func period(fromFileName name: String) -> (year: Int, quarter: Int)? {
        let lower = name.lowercased()
        guard let range = lower.range(of: #"(19|20)\d\d[_-]q[1-4]"#, options: .regularExpression) else { return nil }
        let text = lower[range]
        return (Int(text.prefix(4))!, Int(String(text.last!))!)
    }

    public func parse(_ input: CSVInput, file: String, rows: RowSink) -> ParsedTable {
        var result = ParsedTable()
        guard let period = Self.period(fromFileName: file) else {
            result.diagnostics.append(
                Diagnostic(
                    .error, file: file, message: "the file has no period column and its name does not say the quarter",
                    suggestion: "rename it to end in _YYYY_qN.csv, e.g. nrm_referrals_local-authority_2023_q4.csv"))
            return result
        }
        guard var csv = CheckedCSV(input, file: file, required: Self.required, rows: rows, problems: &result.diagnostics) else { return result }
        while let row = csv.next() {
            var fields = FieldReader(row)
            let people = fields.count(&csv, "People")
            guard fields.ok, let people else { continue }
            csv.emit(
                [SQLValue(period.year), SQLValue(period.quarter)] + Self.required.dropLast().map { .text(fields.text(csv, $0)) } + [SQLValue(people)])
        }
        result.diagnostics += csv.diagnostics
        result.rowCount = csv.emitted
        result.release = "NRM first-responder referrals \(period.year) Q\(period.quarter)"
        result.facts = ["quarter \(period.year) Q\(period.quarter) (from the file name)"]
        return result
    }
}
