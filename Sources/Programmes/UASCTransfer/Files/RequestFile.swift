import PartnershipCore
import PublishedStatistics

/// A CSV of NTS transfer requests, one row per step, in order: `child_ref`, `event` (requested,
/// offered, accepted, declined, transferred), `date`, `la`; with `age_band` and `needs` on the
/// `requested` row (whose `la` is the referring LA) and `reason` on a `declined` row; optionally
/// `source`. A child is known only by a pseudonymous reference: a name or date of birth is refused.
public enum RequestFile {
    public static let required = ["child_ref", "event", "date", "la"]
    /// The interim NTS protocol began on 1 July 2016; an earlier request is a typing error.
    public static let schemeStart = Day(year: 2016, month: 7, day: 1)!

    enum Event: String, CaseIterable {
        case requested, offered, accepted, declined, transferred
    }

    /// A request being read, with the line of its first row.
    struct Draft {
        let reference: CaseReference
        let ageBand: AgeBand
        let needs: Set<ChildNeed>
        let referringLA: ONSCode
        let requestedOn: Day
        let source: String
        var steps: [TransferStep] = []
        var lastDay: Day
    }

    public static func parse(_ text: String, file: String, region: Region) -> ParsedRecords<TransferRequest> {
        var result = ParsedRecords<TransferRequest>()
        guard var csv = CheckedCSV(peopleFile: text, file: file, required: required, problems: &result.diagnostics) else { return result }
        var drafts: [String: Draft] = [:], order: [String] = [], broken = Set<String>()
        while let row = csv.next() {
            var fields = FieldReader(row)
            let refText = fields.text(csv, "child_ref")
            let reference = fields.reference(&csv, "child_ref")
            let event: Event? = fields.value(&csv, "event")
            let day = fields.day(&csv, "date")
            let laText = fields.text(csv, "la")
            let la = region.upperTierAuthority(matching: laText)
            if la == nil { fields.fail(&csv, "la", "'\(laText)' is not an upper-tier LA of \(region.id).\(region.upperTierSuggestion(for: laText))") }
            if let day, day < schemeStart { fields.fail(&csv, "date", "\(day) is before the NTS began (\(schemeStart))") }
            guard let reference, let event, let day, let la else {
                broken.insert(refText)
                continue
            }
            let key = reference.rawValue
            if broken.contains(key) { continue }  // its first problem is reported; later steps would only repeat it
            if event == .requested {
                if drafts[key] != nil { fields.fail(&csv, "event", "\(key) is already requested earlier in the file") }
                let ageBand: AgeBand? = fields.value(&csv, "age_band")
                let needs: Set<ChildNeed> = fields.set(&csv, "needs", default: [.none])
                guard fields.ok, let ageBand else {
                    broken.insert(key)
                    continue
                }
                drafts[key] = Draft(
                    reference: reference, ageBand: ageBand, needs: needs, referringLA: la.code, requestedOn: day,
                    source: fields.source(&csv, file: file), lastDay: day)
                order.append(key)
                continue
            }
            guard var draft = drafts[key] else {
                fields.fail(&csv, "event", "\(key) has a '\(event.rawValue)' step before its 'requested' row")
                broken.insert(key)
                continue
            }
            if day < draft.lastDay { fields.fail(&csv, "date", "\(day) is before the previous step of \(key) (\(draft.lastDay))") }
            let last = draft.steps.last
            switch event {
            case .requested: break
            case .offered:
                if let last, last.kind != .declined {
                    fields.fail(
                        &csv, "event", "\(key) is \(last.kind.rawValue) by \(name(last.laCode, region)); it can be offered again only after a decline"
                    )
                }
                if la.code == draft.referringLA { fields.fail(&csv, "la", "\(la.name) is the referring LA; a child is offered to another LA") }
            case .accepted, .declined:
                if last?.kind != .offered || last?.laCode != la.code {
                    fields.fail(&csv, "la", "\(key) was not offered to \(la.name) at this point; an LA accepts or declines an offer made to it")
                }
            case .transferred:
                if last?.kind != .accepted || last?.laCode != la.code {
                    fields.fail(&csv, "event", "\(key) can be transferred only to the LA that accepted it")
                }
            }
            var reason: DeclineReason?
            if event == .declined { reason = fields.value(&csv, "reason") }
            guard fields.ok, let kind = TransferStepKind(rawValue: event.rawValue) else {
                broken.insert(key)
                continue
            }
            draft.steps.append(TransferStep(kind: kind, laCode: la.code, day: day, reason: reason))
            draft.lastDay = day
            drafts[key] = draft
        }
        result.records = order.compactMap { key in
            guard !broken.contains(key), let draft = drafts[key] else { return nil }
            return TransferRequest(
                reference: draft.reference, ageBand: draft.ageBand, needs: draft.needs, referringLA: draft.referringLA,
                requestedOn: draft.requestedOn, steps: draft.steps, source: draft.source)
        }
        result.diagnostics += csv.diagnostics
        return result
    }

    static func name(_ code: ONSCode, _ region: Region) -> String { region.localAuthority(code)?.name ?? code.rawValue }
}
