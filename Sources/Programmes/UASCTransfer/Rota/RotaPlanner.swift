import Foundation
import PartnershipCore

/// Applies the region's rota to one request on a day: which LAs are eligible, why the others are
/// passed over, and who is next.
public struct RotaPlanner: Sendable {
    public let rota: Rota
    /// LAs the region has switched out of the rota, with the setting's source.
    public let pausedLAs: Set<ONSCode>
    public let pausedSource: String?

    public init(rota: Rota, pausedLAs: Set<ONSCode> = [], pausedSource: String? = nil) {
        self.rota = rota
        self.pausedLAs = pausedLAs
        self.pausedSource = pausedSource
    }

    /// The region's rota from its settings: the `rota` list (default: every upper-tier LA in the
    /// module's order, equal weights), `rota-weights` as `CODE=N` pairs, `rota-paused`.
    public init(region: Region, settings: ResolvedSettings) throws {
        let listed = settings.codes(UASCTransferProgramme.rota)
        let codes = listed.isEmpty ? region.upperTier.map(\.code) : listed
        var weights: [ONSCode: Int] = [:]
        if let text = settings.text(UASCTransferProgramme.rotaWeights) {
            var problems: [String] = []
            for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let pair = part.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2, let code = ONSCode(pair[0]), let weight = Int(pair[1]), (1...100).contains(weight) else {
                    problems.append("'\(part.trimmingCharacters(in: .whitespaces))' is not CODE=WEIGHT with a weight of 1 to 100")
                    continue
                }
                if !codes.contains(code) { problems.append("\(code) has a weight but is not in the rota") }
                weights[code] = weight
            }
            guard problems.isEmpty else {
                throw UASCError(
                    "programmes.uasc-nts.settings.\(UASCTransferProgramme.rotaWeights) in \(region.id): \(problems.joined(separator: "; "))")
            }
        }
        let source =
            listed.isEmpty
            ? "default rota: no rota recorded in the module, so every upper-tier LA in the module's order, equal weights"
            : "the region's rota (\(settings[UASCTransferProgramme.rota]?.source ?? "region module, no source given"))"
        self.init(
            rota: Rota(entries: codes.map { Rota.Entry(code: $0, weight: weights[$0] ?? 1) }, source: source),
            pausedLAs: Set(settings.codes(UASCTransferProgramme.rotaPaused)), pausedSource: settings[UASCTransferProgramme.rotaPaused]?.source)
    }

    /// Transfers each LA has received through the scheme so far (accepted or transferred).
    public static func received(_ requests: [TransferRequest], before day: Day? = nil, excluding reference: CaseReference? = nil) -> [ONSCode: Int] {
        var counts: [ONSCode: Int] = [:]
        for request in requests where request.reference != reference {
            if let accepted = request.steps.last(where: { $0.kind == .accepted }), day.map({ accepted.day <= $0 }) ?? true {
                counts[accepted.laCode, default: 0] += 1
            }
        }
        return counts
    }

    /// The decision for a request (its declines and referring LA are passed over), or for a new one.
    public func decide(position: UASCPosition, request: TransferRequest?, received: [ONSCode: Int]) -> RotaDecision {
        var skipped: [(ONSCode, RotaSkip)] = []
        let lines = Dictionary(uniqueKeysWithValues: position.lines.map { ($0.authority.code, $0) })
        var eligible = Set<ONSCode>()
        for entry in rota.entries {
            if entry.code == request?.referringLA { continue }
            if let decline = request?.steps.last(where: { $0.kind == .declined && $0.laCode == entry.code }) {
                skipped.append((entry.code, .declined(on: decline.day, reason: decline.reason?.rawValue ?? "no reason")))
            } else if pausedLAs.contains(entry.code) {
                skipped.append((entry.code, .switchedOut(source: pausedSource)))
            } else if let line = lines[entry.code], line.ableToParticipate == false, let quarter = position.publishedQuarter {
                skipped.append((entry.code, .notAbleToParticipate(quarter: quarter)))
            } else if let line = lines[entry.code], let inCare = line.inCare, let status = line.status, !status.mayReceive {
                skipped.append((entry.code, .atOrAboveThreshold(inCare: inCare.children, threshold: line.threshold.children, status: status)))
            } else if lines[entry.code]?.inCare == nil {
                skipped.append((entry.code, .noInCareRecord))
            } else {
                eligible.insert(entry.code)
            }
        }
        let chosen = rota.next(received: received, eligible: eligible.contains)
        return RotaDecision(chosen: chosen, skipped: skipped.map { (code: $0.0, why: $0.1) }, rota: rota)
    }
}
