import PartnershipCore
import PublishedStatistics

/// A CSV of NRPF cases, one row each: `ref, la, household_type, legal_basis, immigration_status,
/// dependants, started_on, weekly_accommodation, weekly_subsistence` (pounds, e.g. 245.50), with
/// optional `ended_on, closure_reason, status_changed_on, new_status, source`. Names and dates of
/// birth are refused: a personal-data column rejects the file, and a reference must be pseudonymous.
public enum NRPFCaseFile {
    public static let required = [
        "ref", "la", "household_type", "legal_basis", "immigration_status", "dependants", "started_on", "weekly_accommodation",
        "weekly_subsistence",
    ]
    /// No household support costs this much a week; a larger figure is a typing error.
    public static let maximumWeeklyPounds = 10_000
    public static let maximumDependants = 20

    public static func parse(_ text: String, file: String, region: Region) -> ParsedRecords<NRPFCase> {
        var result = ParsedRecords<NRPFCase>()
        guard var csv = CheckedCSV(peopleFile: text, file: file, required: required, problems: &result.diagnostics) else { return result }
        var seen: [String: Int] = [:]
        while let row = csv.next() {
            var fields = FieldReader(row)
            let reference = fields.reference(&csv, "ref", seen: &seen)
            let laText = fields.text(csv, "la")
            let la = region.upperTierAuthority(matching: laText)
            if la == nil {
                fields.fail(
                    &csv, "la",
                    "'\(laText)' is not an upper-tier LA of \(region.id) (social services are upper-tier).\(region.upperTierSuggestion(for: laText))")
            }
            let household: NRPFHouseholdType? = fields.value(&csv, "household_type")
            let basis: NRPFLegalBasis? = fields.value(&csv, "legal_basis")
            let status: ImmigrationStatus? = fields.value(&csv, "immigration_status")
            let dependants = fields.count(&csv, "dependants")
            if let dependants, dependants > maximumDependants { fields.fail(&csv, "dependants", "\(dependants) is more than \(maximumDependants)") }
            if household == .family, dependants == 0 { fields.fail(&csv, "dependants", "a family with children has at least one dependant") }
            let started = fields.day(&csv, "started_on")
            let accommodation = pence(&fields, &csv, "weekly_accommodation")
            let subsistence = pence(&fields, &csv, "weekly_subsistence")
            var ended: Day?
            if fields.optional(csv, "ended_on") != nil { ended = fields.day(&csv, "ended_on") }
            if let ended, let started, ended < started { fields.fail(&csv, "ended_on", "\(ended) is before the start \(started)") }
            var reason: ClosureReason?
            if fields.optional(csv, "closure_reason") != nil { reason = fields.value(&csv, "closure_reason") }
            if ended != nil && reason == nil && fields.ok { fields.fail(&csv, "closure_reason", "a closed case needs its closure reason") }
            if ended == nil && reason != nil { fields.fail(&csv, "ended_on", "a closure reason needs the day support ended") }
            var change: NRPFCase.StatusChange?
            let changeDay = fields.optional(csv, "status_changed_on"), newStatus = fields.optional(csv, "new_status")
            if changeDay != nil || newStatus != nil {
                if changeDay == nil || newStatus == nil {
                    fields.fail(&csv, changeDay == nil ? "status_changed_on" : "new_status", "give both status_changed_on and new_status, or neither")
                } else {
                    let day = fields.day(&csv, "status_changed_on")
                    let value: ImmigrationStatus? = fields.value(&csv, "new_status")
                    if let day, let started, day < started { fields.fail(&csv, "status_changed_on", "\(day) is before the start \(started)") }
                    if let day, let value { change = NRPFCase.StatusChange(status: value, day: day) }
                }
            }
            if let household, let basis, basis != expectedBasis(household) {
                csv.warn(
                    row, "legal_basis",
                    "\(household.rawValue) is usually supported under \(expectedBasis(household).rawValue); check \(basis.rawValue)")
            }
            guard fields.ok, let reference, let la, let household, let basis, let status, let dependants, let started, let accommodation,
                let subsistence
            else { continue }
            result.records.append(
                NRPFCase(
                    reference: reference, laCode: la.code, householdType: household, legalBasis: basis, immigrationStatus: status,
                    dependants: dependants, startedOn: started, weeklyAccommodationPence: accommodation, weeklySubsistencePence: subsistence,
                    endedOn: ended, closureReason: reason, statusChange: change, source: fields.source(&csv, file: file)))
        }
        result.diagnostics += csv.diagnostics
        return result
    }

    /// The legal basis each kind of household is supported under (NRPF Network practice guidance).
    public static func expectedBasis(_ household: NRPFHouseholdType) -> NRPFLegalBasis {
        switch household {
        case .family: .childrenActS17
        case .adultWithCareNeeds: .careAct2014
        case .careLeaver: .leavingCare
        }
    }

    /// Pounds with up to two decimals, as whole pence.
    static func pence(_ fields: inout FieldReader, _ csv: inout CheckedCSV, _ column: String) -> Int? {
        let text = fields.text(csv, column)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let pounds = Int(parts[0]), pounds >= 0, pounds <= maximumWeeklyPounds,
            parts.count == 1 || (1...2).contains(parts[1].count) && parts[1].allSatisfy(\.isNumber)
        else {
            fields.fail(&csv, column, "'\(text)' is not an amount in pounds from 0 to \(maximumWeeklyPounds) (e.g. 245.50)")
            return nil
        }
        let fraction = parts.count == 2 ? Int(parts[1].count == 1 ? parts[1] + "0" : parts[1]) ?? 0 : 0
        return pounds * 100 + fraction
    }
}
