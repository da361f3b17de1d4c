import PartnershipCore
import PartnershipStore
import ProgrammeKit

extension UASCTransferProgramme {
    /// Counts of UASC in care per LA and day; the days in the file replace what was recorded for them.
    static let careImport = RecordImport(
        id: "care", title: "UASC in care (counts per LA and day)", columns: "la, date, children [, source]"
    ) { text, file, region, store in
        switch RecordImport.accepted(InCareFile.parse(text, file: file, region: region), what: "counts", file: file) {
        case .failure(let refusal): return .rejected(refusal.problems)
        case .success(let counts):
            let replaced = try await UASCRecords(store: store, region: region.id).replaceInCare(with: counts)
            return .imported(
                "Imported \(counts.count) UASC-in-care counts for \(Set(counts.map(\.day)).count) day(s) into \(region.name)"
                    + (replaced > 0 ? "; replaced \(replaced) counts recorded earlier for those days" : "") + ".")
        }
    }

    /// Transfer requests, one row per step; a request in the file replaces the one recorded with the same reference.
    static let requestImport = RecordImport(
        id: "requests", title: "NTS transfer requests (one row per step)",
        columns: "child_ref, event (requested, offered, accepted, declined, transferred), date, la [, age_band, needs, reason, source]"
    ) { text, file, region, store in
        switch RecordImport.accepted(RequestFile.parse(text, file: file, region: region), what: "requests", file: file) {
        case .failure(let refusal): return .rejected(refusal.problems)
        case .success(let requests):
            let replaced = try await UASCRecords(store: store, region: region.id).replaceRequests(with: requests)
            let transferred = requests.filter { $0.transfer != nil }.count
            return .imported(
                "Imported \(requests.count) transfer requests (\(transferred) transferred, \(requests.count - transferred) open) into \(region.name)"
                    + (replaced > 0 ? "; replaced \(replaced) recorded earlier with the same references" : "") + ".")
        }
    }
}
