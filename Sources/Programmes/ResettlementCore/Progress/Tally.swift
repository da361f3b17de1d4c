/// A count for the financial year to date and since records began.
public struct Tally: Hashable, Sendable {
    public var yearToDate = 0
    public var cumulative = 0

    public init(yearToDate: Int = 0, cumulative: Int = 0) {
        self.yearToDate = yearToDate
        self.cumulative = cumulative
    }

    mutating func add(_ count: Int, inYear: Bool) {
        cumulative += count
        if inYear { yearToDate += count }
    }

    static func + (lhs: Tally, rhs: Tally) -> Tally {
        Tally(yearToDate: lhs.yearToDate + rhs.yearToDate, cumulative: lhs.cumulative + rhs.cumulative)
    }
}
