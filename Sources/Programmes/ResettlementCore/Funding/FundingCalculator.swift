import PartnershipCore

/// Works out the tariff due for arrivals, per LA and financial year. A tariff year runs from the
/// arrival date (year 1: arrival to the day before its first anniversary); each year's amount is
/// split across the financial years it spans in proportion to days, in whole pence that add up
/// exactly to the year's amount.
public struct FundingCalculator: Sendable {
    /// The schedule in force on an arrival day (dated settings), nil when none is.
    public let schedule: @Sendable (Day) -> TariffSchedule?

    public init(schedule: @escaping @Sendable (Day) -> TariffSchedule?) {
        self.schedule = schedule
    }

    /// Every part of the household's five tariff years, in date order; empty when no tariff was in force.
    public func lines(for arrival: Arrival) -> [FundingLine] {
        guard let tariffs = schedule(arrival.arrivedOn) else { return [] }
        return (1...5).flatMap { year -> [FundingLine] in
            let start = arrival.arrivedOn.adding(years: year - 1)
            let end = arrival.arrivedOn.adding(years: year).adding(days: -1)
            let pence = tariffs.amount(year: year, for: arrival.household) * 100
            return Self.split(pence: pence, from: start, to: end).map {
                FundingLine(
                    caseRef: arrival.caseRef, laCode: arrival.laCode, tariffYear: year, financialYear: $0.year, pence: $0.pence, days: $0.days)
            }
        }
    }

    /// `pence` spread over the financial years from `start` to `end` (inclusive) by days, with
    /// the remainder pence going to the largest fractional shares (earliest year on ties).
    public static func split(pence: Int, from start: Day, to end: Day) -> [(year: FinancialYear, days: Int, pence: Int)] {
        let total = end.ordinal - start.ordinal + 1
        var parts: [(year: FinancialYear, days: Int)] = []
        var year = FinancialYear(containing: start)
        while year.firstDay <= end {
            let from = max(start, year.firstDay), to = min(end, year.lastDay)
            parts.append((year, to.ordinal - from.ordinal + 1))
            year = FinancialYear(startYear: year.startYear + 1)
        }
        var shares = parts.map { pence * $0.days / total }
        let remainders = parts.indices.sorted { (pence * parts[$0].days % total, -$0) > (pence * parts[$1].days % total, -$1) }
        for index in remainders.prefix(pence - shares.reduce(0, +)) { shares[index] += 1 }
        return parts.indices.map { (parts[$0].year, parts[$0].days, shares[$0]) }
    }
}
