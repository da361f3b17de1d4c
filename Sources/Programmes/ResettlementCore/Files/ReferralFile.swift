import PartnershipCore
import PublishedStatistics

/// A CSV of one Home Office referral batch: `case_ref` (pseudonymous, never a name), `adults`,
/// `children_under_3`, `children_3_4`, `children_5_18`, `referred_on`; optionally `needs`
/// (medical;mobility;education) and `source`.
public enum ReferralFile {
    public static let required = ["case_ref", "adults", "children_under_3", "children_3_4", "children_5_18", "referred_on"]
    public static let optional = ["needs", "source"]

    public static func parse(_ text: String, file: String, batch: String) -> ParsedRecords<Referral> {
        var result = ParsedRecords<Referral>()
        guard var csv = CheckedCSV(peopleFile: text, file: file, required: required, problems: &result.diagnostics) else { return result }
        var seen: [String: Int] = [:]
        while let row = csv.next() {
            var fields = FieldReader(row)
            let caseRef = fields.reference(&csv, "case_ref", seen: &seen)
            let adults = fields.count(&csv, "adults")
            let under3 = fields.count(&csv, "children_under_3")
            let age3to4 = fields.count(&csv, "children_3_4")
            let age5to18 = fields.count(&csv, "children_5_18")
            let day = fields.day(&csv, "referred_on")
            let needs: Set<Need> = fields.set(&csv, "needs", default: [])
            if let adults, let under3, let age3to4, let age5to18, adults + under3 + age3to4 + age5to18 == 0 {
                fields.fail(&csv, "adults", "the household has nobody in it")
            }
            guard fields.ok, let caseRef, let adults, let under3, let age3to4, let age5to18, let day else { continue }
            result.records.append(
                Referral(
                    batch: batch, caseRef: caseRef,
                    household: Household(adults: adults, childrenUnder3: under3, children3to4: age3to4, children5to18: age5to18),
                    needs: needs, referredOn: day, source: fields.source(&csv, file: file)))
        }
        result.diagnostics += csv.diagnostics
        return result
    }
}
