import PartnershipCore
import PartnershipStore

/// NRM referrals per quarter since 2009, by age at exploitation and location of exploitation.
/// Published `Total` locations are checked against their parts and not stored.
public struct NRMReferralsTable: PublishedTable {
    public static let required = ["Year", "Quarter", "Age at exploitation", "Location of exploitation", "NRM referrals"]
    public init() {}

    public var dataset: String { "nrm-referrals" }
    public var publisher: String { "Home Office" }
    public var table: String { "nrm_referrals" }
    public var columns: [String] { ["year", "quarter", "age_group", "location", "people"] }

    public var expectedColumns: [String] { Self.required }

    public func recognises(header: [String]) -> Bool { Self.required.allSatisfy(header.contains) }

    public func parse(_ input: CSVInput, file: String, rows: RowSink) -> ParsedTable {
        var result = ParsedTable()
        guard var csv = CheckedCSV(input, file: file, required: Self.required, rows: rows, problems: &result.diagnostics) else { return result }
        var periods = Set<String>()
        var parts: [String: Int] = [:], totals: [String: (row: CheckedCSV.Row, people: Int)] = [:]
        while let row = csv.next() {
            var fields = FieldReader(row)
            let (year, quarter) = fields.yearQuarter(&csv, allowTotal: false)
            let age = fields.oneOf(&csv, "Age at exploitation", KnownValues(NRMSchema.ageGroups))
            let people = fields.count(&csv, "NRM referrals")
            guard fields.ok, let year, let quarter, let age, let people else { continue }
            let location = fields.text(csv, "Location of exploitation")
            let key = "\(year) Q\(quarter) \(age)"
            periods.insert("\(year) Q\(quarter)")
            if location == "Total" {
                totals[key] = (row, people)
            } else {
                parts[key, default: 0] += people
                csv.emit([SQLValue(year), SQLValue(quarter), .text(age), .text(location), SQLValue(people)])
            }
        }
        for (key, total) in totals.sorted(by: { $0.value.row.line < $1.value.row.line }) where parts[key, default: 0] != total.people {
            csv.report(total.row, "NRM referrals", "total \(total.people) for \(key) is not the sum of its locations (\(parts[key, default: 0]))")
        }
        result.diagnostics += csv.diagnostics
        result.rowCount = csv.emitted
        result.release = "NRM referrals to \(periods.max() ?? "?")"
        result.facts = ["\(periods.count) quarters"]
        return result
    }
}
