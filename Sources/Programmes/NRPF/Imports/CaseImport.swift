import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics

extension NRPFProgramme {
    /// A file of the region's NRPF cases; a case in the file replaces the one recorded with the
    /// same reference. Warnings (a case still open past its expected end) go with the summary.
    static let caseImport = RecordImport(
        id: "cases", title: "NRPF cases",
        columns: "ref, la, household, basis, status, dependants, started_on, weekly_accommodation, weekly_subsistence [, ended_on, "
            + "closure_reason, status_changed_on, new_status, source]"
    ) { text, file, region, store in
        let parsed = NRPFCaseFile.parse(text, file: file, region: region)
        switch RecordImport.accepted(parsed, what: "cases", file: file) {
        case .failure(let refusal): return .rejected(refusal.problems)
        case .success(let cases):
            let replaced = try await NRPFRecords(store: store, region: region.id).replace(with: cases)
            let warnings = parsed.diagnostics.warnings
            return .imported(
                (warnings.isEmpty ? "" : warnings.map(\.description).joined(separator: "\n") + "\n")
                    + "Imported \(cases.count) NRPF cases into \(region.name)"
                    + (replaced > 0 ? "; replaced \(replaced) recorded earlier with the same references" : "") + ".")
        }
    }
}
