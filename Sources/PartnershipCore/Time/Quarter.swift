/// A calendar quarter, as the Home Office publishes its snapshots (quarter-end dates).
public struct Quarter: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1...4
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    public init(containing day: Day) {
        year = day.year
        number = (day.month - 1) / 3 + 1
    }

    /// The last day of the quarter: the date a Home Office snapshot is taken.
    public var endDay: Day {
        let month = number * 3
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
    }

    public var firstDay: Day { Day(year: year, month: number * 3 - 2, day: 1)! }
    public var description: String { "\(year) Q\(number)" }
    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }
}
