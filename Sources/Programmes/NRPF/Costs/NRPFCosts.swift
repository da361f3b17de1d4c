import PartnershipCore

/// What a case costs, accrued by day: the weekly figures / 7 for every day on support, split by
/// financial year (April to March). A case open at a year end is split between the years; the
/// pence of each case-year are rounded once, half up.
public struct NRPFCosts: Sendable {
    public struct Line: Sendable, Hashable {
        public let year: FinancialYear
        public let days: Int
        public let accommodationPence: Int
        public let subsistencePence: Int
        public var totalPence: Int { accommodationPence + subsistencePence }
    }

    /// The case's cost per financial year, for support days up to and including `through`.
    public static func lines(for item: NRPFCase, through day: Day) -> [Line] {
        let days = item.daysOnSupport(on: day)
        guard days > 0 else { return [] }
        var result: [Line] = []
        var start = item.startedOn
        let stop = item.startedOn.adding(days: days)  // first day not on support
        while start < stop {
            let year = FinancialYear(containing: start)
            let end = min(stop, year.lastDay.adding(days: 1))
            let n = end.ordinal - start.ordinal
            result.append(
                Line(
                    year: year, days: n, accommodationPence: Self.accrue(item.weeklyAccommodationPence, days: n),
                    subsistencePence: Self.accrue(item.weeklySubsistencePence, days: n)))
            start = end
        }
        return result
    }

    /// weekly × days / 7 in pence, rounded half up.
    static func accrue(_ weekly: Int, days: Int) -> Int { (weekly * days * 2 + 7) / 14 }
}
