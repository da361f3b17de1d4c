import PartnershipCore

/// Whether an LA takes dispersals on a day, with why: declared in the module (with its source),
/// an agreed exception, the national full-dispersal rule, or unknown when nothing says. `unknown`
/// is never treated as participating: it is left out of limits, headroom and plans unless asked.
public enum Participation: Sendable, Hashable {
    case participating(because: String)
    case notParticipating(because: String)
    case unknown(because: String)

    public var isParticipating: Bool { if case .participating = self { true } else { false } }
    public var isUnknown: Bool { if case .unknown = self { true } else { false } }

    public var reason: String {
        switch self {
        case .participating(let because), .notParticipating(let because), .unknown(let because): because
        }
    }
}

/// The national rule on who is a dispersal area: before 13 April 2022, the LAs that agreed to be;
/// from then, every LA in England, Scotland and Wales (full dispersal), bar agreed exceptions.
public enum ParticipationRule: String, Sendable, CaseIterable {
    case declared
    case fullDispersal = "full-dispersal"
}
