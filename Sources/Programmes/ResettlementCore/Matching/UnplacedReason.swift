import PartnershipCore

/// Why a household could not be placed: the constraint that failed across every offer.
public enum UnplacedReason: Hashable, Sendable {
    /// The region has no firm pledge for the year.
    case noFirmPledges(FinancialYear)
    /// No firm pledge takes this household type.
    case householdType(HouseholdType)
    /// No pledge that takes the household type can meet this need.
    case need(Need)
    /// Offers could take it, but none has the places (or accessible home) left.
    case capacity(needed: Int, largestLeft: Int, at: ONSCode?)
    case noAccessibleHomeLeft

    /// The reason in words, with LA names from `names`.
    public func describe(largeFamilyFrom threshold: Int, names: [ONSCode: String] = [:]) -> String {
        switch self {
        case .noFirmPledges(let year): "no firm pledge for \(year) in the region"
        case .householdType(let type): "no firm pledge takes a \(type.label(largeFamilyFrom: threshold))"
        case .need(.mobility): "no firm pledge that takes the household has a wheelchair-accessible home"
        case .need(let need): "no firm pledge that takes the household can meet \(need.rawValue) needs"
        case .noAccessibleHomeLeft: "every wheelchair-accessible home on offer is taken"
        case .capacity(let needed, let left, let code):
            "needs \(needed) places; the most left in any offer that could take it is \(left)\(code.map { " (\(names[$0] ?? $0.rawValue))" } ?? "")"
        }
    }
}
