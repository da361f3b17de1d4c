/// An action's place in a business plan, `objective.outcome.action` counted from 1 ("2.1.3"), so
/// a status update names exactly one action.
public struct PlanActionID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let objective: Int, outcome: Int, action: Int

    public init(objective: Int, outcome: Int, action: Int) {
        self.objective = objective
        self.outcome = outcome
        self.action = action
    }

    public init?(_ text: String) {
        let parts = text.split(separator: ".").map { Int($0) }
        guard parts.count == 3, let o = parts[0], let u = parts[1], let a = parts[2], o > 0, u > 0, a > 0 else { return nil }
        self.init(objective: o, outcome: u, action: a)
    }

    public var description: String { "\(objective).\(outcome).\(action)" }
    public static func < (a: Self, b: Self) -> Bool { (a.objective, a.outcome, a.action) < (b.objective, b.outcome, b.action) }
}
