import PartnershipCore

/// An estimate of the Home Office contribution a region's LAs can claim for UASC in their care:
/// child-nights (each count held until the next count for that LA, or the end of the period) ×
/// the nightly rate in force each night, split by financial year (April to March).
public struct UASCFunding: Sendable {
    public struct Line: Sendable, Hashable {
        public let laCode: ONSCode
        public let year: FinancialYear
        public let nights: Int
        public let pence: Int
        /// Nights with no rate in force (before the first dated rate), not costed.
        public let uncosted: Int
    }

    public let lines: [Line]

    /// Counts up to and including `end`; `rate` gives pounds per night on a day, nil where none is in force.
    public init(counts: [InCareCount], through end: Day, rate: (Day) -> Int?) {
        var totals: [String: (code: ONSCode, year: FinancialYear, nights: Int, pence: Int, uncosted: Int)] = [:]
        let byLA = Dictionary(grouping: counts.filter { $0.day <= end }, by: \.laCode)
        for (code, list) in byLA {
            let sorted = list.sorted { $0.day < $1.day }
            for (index, count) in sorted.enumerated() where count.children > 0 {
                let stop = index + 1 < sorted.count ? sorted[index + 1].day : end.adding(days: 1)
                var day = count.day
                while day < stop {
                    let year = FinancialYear(containing: day)
                    let key = "\(code)|\(year)"
                    var entry = totals[key] ?? (code, year, 0, 0, 0)
                    entry.nights += count.children
                    if let pounds = rate(day) {
                        entry.pence += count.children * pounds * 100
                    } else {
                        entry.uncosted += count.children
                    }
                    totals[key] = entry
                    day = day.adding(days: 1)
                }
            }
        }
        lines = totals.values.map { Line(laCode: $0.code, year: $0.year, nights: $0.nights, pence: $0.pence, uncosted: $0.uncosted) }
            .sorted { ($0.year, $0.laCode.rawValue) < ($1.year, $1.laCode.rawValue) }
    }
}
