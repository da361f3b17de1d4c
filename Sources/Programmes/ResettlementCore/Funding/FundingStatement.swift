import PartnershipCore

/// The tariff due for a set of arrivals: every line, totals per LA and financial year, the
/// schedules that were in force and the arrivals no tariff covered. What `smp resettlement
/// funding` shows, computed once here so any report shows the same.
public struct FundingStatement: Sendable {
    /// The total due to one LA in one financial year, and for how many households.
    public struct LATotal: Sendable, Hashable {
        public let financialYear: FinancialYear
        public let laCode: ONSCode
        public let households: Int
        public let pence: Int
    }

    public let lines: [FundingLine]
    public let schedules: [TariffSchedule]
    public let arrivalsWithoutTariff: [Arrival]

    /// `schedule` gives the tariffs in force on a day; only lines in `financialYear` when given.
    public init(arrivals: [Arrival], financialYear: FinancialYear?, schedule: @escaping @Sendable (Day) -> TariffSchedule?) {
        let calculator = FundingCalculator(schedule: schedule)
        lines = arrivals.flatMap(calculator.lines).filter { line in financialYear.map { line.financialYear == $0 } ?? true }
        arrivalsWithoutTariff = arrivals.filter { schedule($0.arrivedOn) == nil }
        var schedules: [TariffSchedule] = []
        for arrival in arrivals {
            if let found = schedule(arrival.arrivedOn), !schedules.contains(found) { schedules.append(found) }
        }
        self.schedules = schedules
    }

    public var totalPence: Int { lines.reduce(0) { $0 + $1.pence } }

    /// Totals per financial year (oldest first) and LA (ordered by `name`).
    public func totalsByYearAndLA(name: (ONSCode) -> String) -> [(year: FinancialYear, las: [LATotal], pence: Int)] {
        struct Key: Hashable { let year: FinancialYear; let code: ONSCode }
        let grouped = Dictionary(grouping: lines) { Key(year: $0.financialYear, code: $0.laCode) }
        return Set(lines.map(\.financialYear)).sorted().map { year in
            let las = grouped.filter { $0.key.year == year }.map { key, parts in
                LATotal(financialYear: year, laCode: key.code, households: Set(parts.map(\.caseRef)).count, pence: parts.reduce(0) { $0 + $1.pence })
            }.sorted { name($0.laCode) < name($1.laCode) }
            return (year, las, las.reduce(0) { $0 + $1.pence })
        }
    }
}
