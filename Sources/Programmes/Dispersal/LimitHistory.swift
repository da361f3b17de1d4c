import PartnershipCore

/// An LA's quarters at or over its cluster limit: the spells, and the quarters it crossed from
/// under to over. An LA already over at the first imported quarter has a spell but no crossing
/// there, and the summary says so rather than "did not cross".
public struct LimitHistory: Sendable, Hashable {
    /// Quarters at or over the limit, first to last (`to` is the last such quarter).
    public struct Spell: Sendable, Hashable {
        public let from: Day
        public let to: Day
    }

    public let first: Day?
    public let last: Day?
    public let spells: [Spell]
    /// Quarters in which the LA went from under to at or over.
    public let crossings: [Day]
    /// Quarters in which it went from at or over back under.
    public let returns: [Day]

    /// `points`: the LA's status at each quarter end, oldest first.
    public init(_ points: [(day: Day, status: ClusterStatus)]) {
        var spells: [Spell] = [], crossings: [Day] = [], returns: [Day] = []
        var start: Day?, previous: (day: Day, over: Bool)?
        for point in points {
            let over = point.status.isAtOrOver
            if over, start == nil { start = point.day }
            if let before = previous {
                if over && !before.over { crossings.append(point.day) }
                if !over && before.over {
                    returns.append(point.day)
                    if let from = start { spells.append(Spell(from: from, to: before.day)) }
                    start = nil
                }
            }
            previous = (point.day, over)
        }
        if let from = start, let end = previous?.day { spells.append(Spell(from: from, to: end)) }
        self.spells = spells
        self.crossings = crossings
        self.returns = returns
        first = points.first?.day
        last = points.last?.day
    }

    /// One sentence for the notes.
    public func summary(name: String) -> String {
        guard !spells.isEmpty, let first, let last else { return "\(name) was under its limit in every imported quarter." }
        let spans = spells.map { spell in
            let end = spell.to == last ? "\(spell.to) (the latest quarter)" : "\(spell.to)"
            return spell.from == spell.to ? end : "\(spell.from) to \(end)"
        }
        var sentence = "\(name) was at or over its limit in the quarters ending \(spans.joined(separator: "; "))"
        if spells[0].from == first { sentence += "; it was already over at the first imported quarter (\(first))" }
        if !crossings.isEmpty {
            sentence += "; it crossed the limit in the quarter(s) ending \(crossings.map(\.description).joined(separator: ", "))"
        }
        return sentence + "."
    }
}
