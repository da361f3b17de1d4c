import PartnershipCore
import PublishedStatistics

/// A CSV of arrivals: `case_ref`, `arrived_on`, `flight` (charter, scheduled); optionally `la`
/// (default: the LA the case was matched to) and `source`. Every case must have been referred.
public enum ArrivalFile {
    public static let required = ["case_ref", "arrived_on", "flight"]
    public static let optional = ["la", "source"]

    public static func parse(
        _ text: String, file: String, region: Region, referrals: [CaseReference: Referral], matches: [CaseReference: Match]
    ) -> ParsedRecords<Arrival> {
        var result = ParsedRecords<Arrival>()
        guard var csv = CheckedCSV(peopleFile: text, file: file, required: required, problems: &result.diagnostics) else { return result }
        var seen: [String: Int] = [:]
        while let row = csv.next() {
            var fields = FieldReader(row)
            let refText = fields.text(csv, "case_ref")
            if let first = seen[refText] { fields.fail(&csv, "case_ref", "\(refText) is already on line \(first)") }
            seen[refText] = row.line
            let referral = referrals[CaseReference(stored: refText)]
            if referral == nil {
                fields.fail(&csv, "case_ref", "'\(refText)' has not been referred in \(region.id); import its referral batch first")
            }
            let day = fields.day(&csv, "arrived_on")
            let flight: FlightType? = fields.value(&csv, "flight")
            var laCode: ONSCode?
            if let laText = fields.optional(csv, "la") {
                laCode = region.lowerTierAuthority(matching: laText)?.code
                if laCode == nil {
                    fields.fail(&csv, "la", "'\(laText)' is not a lower-tier LA of \(region.id).\(region.lowerTierSuggestion(for: laText))")
                }
            } else if let referral {
                laCode = matches[referral.caseRef]?.laCode
                if laCode == nil {
                    fields.fail(&csv, "la", "case \(refText) has no accepted match; give the LA or run 'smp resettlement match --accept' first")
                }
            }
            if let day, let referral, day < referral.referredOn {
                fields.fail(&csv, "arrived_on", "\(day) is before the referral date \(referral.referredOn)")
            }
            guard fields.ok, let referral, let day, let flight, let laCode else { continue }
            result.records.append(
                Arrival(
                    caseRef: referral.caseRef, laCode: laCode, arrivedOn: day, flight: flight, household: referral.household,
                    source: fields.source(&csv, file: file)))
        }
        result.diagnostics += csv.diagnostics
        return result
    }
}
