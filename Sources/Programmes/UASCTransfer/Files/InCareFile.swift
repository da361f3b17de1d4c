import PartnershipCore
import PublishedStatistics

/// A CSV of UASC-in-care counts: `la` (code or name of an upper-tier LA), `date`, `children`;
/// optionally `source`. Counts only: a file with a column for names or dates of birth is refused.
public enum InCareFile {
    public static let required = ["la", "date", "children"]
    /// No LA has ever had this many UASC in care; a larger figure is a typing error.
    public static let maximum = 10_000

    public static func parse(_ text: String, file: String, region: Region) -> ParsedRecords<InCareCount> {
        var result = ParsedRecords<InCareCount>()
        guard var csv = CheckedCSV(peopleFile: text, file: file, required: required, problems: &result.diagnostics) else { return result }
        var seen: [String: Int] = [:]
        while let row = csv.next() {
            var fields = FieldReader(row)
            let laText = fields.text(csv, "la")
            let la = region.upperTierAuthority(matching: laText)
            if la == nil {
                fields.fail(
                    &csv, "la",
                    "'\(laText)' is not an upper-tier LA of \(region.id) (districts have no children's services).\(region.upperTierSuggestion(for: laText))"
                )
            }
            let day = fields.day(&csv, "date")
            let children = fields.count(&csv, "children")
            if let children, children > maximum { fields.fail(&csv, "children", "\(children) is more than \(maximum); check the figure") }
            if let la, let day {
                let key = "\(la.code)|\(day)"
                if let first = seen[key] { fields.fail(&csv, "la", "\(la.name) on \(day) is already on line \(first)") }
                seen[key] = row.line
            }
            guard fields.ok, let la, let day, let children else { continue }
            result.records.append(InCareCount(laCode: la.code, day: day, children: children, source: fields.source(&csv, file: file)))
        }
        result.diagnostics += csv.diagnostics
        return result
    }
}
