import PartnershipCore
import PartnershipStore
import ProgrammeKit

extension ModernSlaveryProgramme {
    /// A file of the region's NRM referrals and Duty to Notify records; a referral in the file
    /// replaces the one recorded with the same reference.
    static let referralImport = RecordImport(
        id: "referrals", title: "NRM referrals and Duty to Notify records",
        columns: "ref, responder_org, responder_type, la, referred_on, age_group, exploitation, gender, nationality, location, consent "
            + "[, rg_outcome, rg_on, cg_outcome, cg_on, source]"
    ) { text, file, region, store in
        switch RecordImport.accepted(ReferralRecordFile.parse(text, file: file, region: region), what: "referrals", file: file) {
        case .failure(let refusal): return .rejected(refusal.problems)
        case .success(let referrals):
            let replaced = try await ModernSlaveryRecords(store: store, region: region.id).replace(with: referrals)
            let notified = referrals.filter(\.isDutyToNotify).count
            return .imported(
                "Imported \(referrals.count - notified) NRM referrals and \(notified) Duty to Notify records into \(region.name)"
                    + (replaced > 0 ? "; replaced \(replaced) recorded earlier with the same references" : "") + ".")
        }
    }
}
