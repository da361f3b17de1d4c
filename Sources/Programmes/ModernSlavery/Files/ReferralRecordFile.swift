import PartnershipCore
import PublishedStatistics

/// A CSV of the region's referrals, one row each: `ref, responder_org, responder_type, la,
/// referred_on, age_group, exploitation, gender, nationality, location, consent`, with optional
/// `rg_outcome, rg_on, cg_outcome, cg_on, source`. Names and dates of birth are refused: a
/// personal-data column rejects the file, and a reference must be pseudonymous.
public enum ReferralRecordFile {
    public static let required = [
        "ref", "responder_org", "responder_type", "la", "referred_on", "age_group", "exploitation", "gender", "nationality", "location", "consent",
    ]
    /// NRM statistics begin in 2009 Q2; an earlier referral is a typing error.
    public static let firstDay = Day(year: 2009, month: 4, day: 1)!

    public static func parse(_ text: String, file: String, region: Region) -> ParsedRecords<NRMReferral> {
        var result = ParsedRecords<NRMReferral>()
        guard var csv = CheckedCSV(peopleFile: text, file: file, required: required, problems: &result.diagnostics) else { return result }
        var seen: [String: Int] = [:]
        while let row = csv.next() {
            var fields = FieldReader(row)
            let reference = fields.reference(&csv, "ref", seen: &seen)
            let organisation = fields.text(csv, "responder_org")
            if organisation.isEmpty || organisation.count > 80 {
                fields.fail(&csv, "responder_org", "give the organisation's name (1-80 characters)")
            }
            let type: FirstResponderType? = fields.value(&csv, "responder_type")
            let laText = fields.text(csv, "la")
            let la =
                region.localAuthorities.first { $0.code.rawValue == laText.uppercased() } ?? region.lowerTierAuthority(matching: laText)
                ?? region.upperTierAuthority(matching: laText)
            if la == nil { fields.fail(&csv, "la", "'\(laText)' is not an LA of \(region.id).\(region.lowerTierSuggestion(for: laText))") }
            let day = fields.day(&csv, "referred_on")
            if let day, day < firstDay { fields.fail(&csv, "referred_on", "\(day) is before NRM statistics begin (\(firstDay))") }
            let age: ExploitationAge? = fields.value(&csv, "age_group")
            let types: Set<ExploitationType> = fields.set(&csv, "exploitation", default: [])
            if types.isEmpty && fields.ok { fields.fail(&csv, "exploitation", "give at least one type (use not-specified when unknown)") }
            let gender: RecordedGender? = fields.value(&csv, "gender")
            let nationality = fields.text(csv, "nationality")
            if nationality.isEmpty || nationality.count > 40 || nationality.contains(where: { $0.isNumber }) {
                fields.fail(&csv, "nationality", "'\(nationality)' is not a nationality (e.g. British, Albanian, not-known)")
            }
            let location: ExploitationLocation? = fields.value(&csv, "location")
            let consent: Consent? = fields.value(&csv, "consent")
            if let age, let consent {
                if age == .child && consent != .notNeeded {
                    fields.fail(&csv, "consent", "a child's referral needs no consent: use not-needed")
                } else if age != .child && consent == .notNeeded {
                    fields.fail(&csv, "consent", "an adult's referral records consent: given, or withheld (then it is a Duty to Notify)")
                }
            }
            let rg = decision(&fields, &csv, "rg_outcome", "rg_on", after: day)
            let cg = decision(&fields, &csv, "cg_outcome", "cg_on", after: rg?.day ?? day)
            if cg != nil && rg?.outcome != .positive {
                fields.fail(&csv, "cg_outcome", "a conclusive-grounds decision follows a positive reasonable-grounds decision")
            }
            if consent == .withheld && (rg != nil || cg != nil) {
                fields.fail(&csv, "rg_outcome", "a Duty to Notify (consent withheld) is not an NRM referral and has no decisions")
            }
            guard fields.ok, let reference, let type, let la, let day, let age, let gender, let location, let consent else { continue }
            result.records.append(
                NRMReferral(
                    reference: reference, responderOrganisation: organisation, responderType: type, laCode: la.code, referredOn: day, ageGroup: age,
                    exploitation: types, gender: gender, nationality: nationality, location: location, consent: consent, reasonableGrounds: rg,
                    conclusiveGrounds: cg, source: fields.source(&csv, file: file)))
        }
        result.diagnostics += csv.diagnostics
        return result
    }

    /// An optional dated decision: both columns or neither, the date not before `after`.
    static func decision(
        _ fields: inout FieldReader, _ csv: inout CheckedCSV, _ outcome: String, _ date: String, after: Day?
    )
        -> NRMReferral.Decision?
    {
        let outcomeText = fields.optional(csv, outcome), dateText = fields.optional(csv, date)
        guard outcomeText != nil || dateText != nil else { return nil }
        guard outcomeText != nil, dateText != nil else {
            fields.fail(&csv, outcomeText == nil ? outcome : date, "give both \(outcome) and \(date), or neither")
            return nil
        }
        let value: DecisionOutcome? = fields.value(&csv, outcome)
        let day = fields.day(&csv, date)
        if let day, let after, day < after { fields.fail(&csv, date, "\(day) is before \(after), the step it follows") }
        guard let value, let day else { return nil }
        return NRMReferral.Decision(outcome: value, day: day)
    }
}
