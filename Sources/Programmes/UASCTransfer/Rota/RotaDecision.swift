import PartnershipCore

/// Why the rota passes over an LA for a request.
public enum RotaSkip: Sendable, Hashable, CustomStringConvertible {
    case atOrAboveThreshold(inCare: Int, threshold: Double, status: UASCThresholdStatus)
    case noInCareRecord
    case notAbleToParticipate(quarter: Day)
    case switchedOut(source: String?)
    case declined(on: Day, reason: String)

    public var description: String {
        switch self {
        case .atOrAboveThreshold(let count, let threshold, let status):
            "\(status == .above ? "above" : "at") its threshold (\(count) UASC in care, threshold \(UASCFormat.children(threshold)))"
        case .noInCareRecord: "no UASC-in-care record, so its position against the threshold is unknown"
        case .notAbleToParticipate(let quarter): "not able to participate in the NTS (NTS_01, quarter ending \(quarter))"
        case .switchedOut(let source): "switched out of the rota by the region\(source.map { " (\($0))" } ?? "")"
        case .declined(let day, let reason): "declined this request on \(day) (\(reason))"
        }
    }
}

/// The rota's answer for one request: the receiving LA, and every LA passed over with why.
public struct RotaDecision: Sendable {
    public let chosen: ONSCode?
    public let skipped: [(code: ONSCode, why: RotaSkip)]
    public let rota: Rota
}

/// Shared number formats for UASC figures.
public enum UASCFormat {
    /// A threshold in children, to two decimals (22.96).
    public static func children(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
