import PartnershipCore
import PublishedStatistics

/// A CSV of LA pledges: `la` (code or name), `financial_year` (2016-17), `places`, `status`
/// (indicative, firm, withdrawn); optionally `household_types` (family;large-family;single-adult),
/// `wheelchair_accessible_homes`, `meets` (medical;education) and `source`.
public enum PledgeFile {
    public static let required = ["la", "financial_year", "places", "status"]
    public static let optional = ["household_types", "wheelchair_accessible_homes", "meets", "source"]

    public static func parse(_ text: String, file: String, region: Region) -> ParsedRecords<Pledge> {
        var result = ParsedRecords<Pledge>()
        guard var csv = CheckedCSV(peopleFile: text, file: file, required: required, problems: &result.diagnostics) else { return result }
        var seen: [String: Int] = [:]
        while let row = csv.next() {
            var fields = FieldReader(row)
            let laText = fields.text(csv, "la")
            let authority = region.lowerTierAuthority(matching: laText)
            if authority == nil {
                fields.fail(&csv, "la", "'\(laText)' is not a lower-tier LA of \(region.id).\(region.lowerTierSuggestion(for: laText))")
            }
            let yearText = fields.text(csv, "financial_year")
            let year = FinancialYear(yearText)
            if year == nil { fields.fail(&csv, "financial_year", "'\(yearText)' is not a financial year like 2016-17") }
            let places = fields.count(&csv, "places")
            let status: PledgeStatus? = fields.value(&csv, "status")
            let types: Set<HouseholdType> = fields.set(&csv, "household_types", default: [.family])
            let homes = fields.count(&csv, "wheelchair_accessible_homes", default: 0)
            let meets: Set<Need> = fields.set(&csv, "meets", default: [])
            if let authority, let year {
                let key = "\(authority.code) \(year)"
                if let first = seen[key] {
                    fields.fail(&csv, "la", "\(authority.name) already has a \(year) pledge on line \(first); one pledge per LA per year")
                }
                seen[key] = row.line
            }
            guard let authority, let year, let places, let status, let homes else { continue }
            let pledge = Pledge(
                laCode: authority.code, financialYear: year, places: places, householdTypes: types, accessibleHomes: homes, meets: meets,
                status: status, source: fields.source(&csv, file: file))
            for problem in pledge.problems { fields.fail(&csv, problem.field, problem.message) }
            guard fields.ok else { continue }
            result.records.append(pledge)
        }
        result.diagnostics += csv.diagnostics
        return result
    }
}
