import PartnershipCore
import PublishedStatistics

/// Pledged, referred, matched and arrived for one region and scheme on a day, per LA and in total,
/// from the partnership's records and from the Home Office's Res_D01 side by side.
public struct ResettlementProgress: Sendable {
    public struct Line: Hashable, Sendable {
        public let code: ONSCode?
        public let name: String
        /// Places in pledges not withdrawn: the financial year of `asOf`, and every year up to it.
        public var pledged = Tally()
        /// People matched to the LA (accepted matches dated on or before `asOf`).
        public var matched = Tally()
        /// People recorded as arrived by the partnership.
        public var arrived = Tally()
        /// People arrived according to Home Office Res_D01 (quarters ending on or before `asOf`).
        public var published = Tally()
    }

    public let region: Region
    public let asOf: Day
    public var financialYear: FinancialYear { FinancialYear(containing: asOf) }
    public let lines: [Line]
    /// People referred to the region (referrals are not per LA until matched).
    public let referred: Tally
    public let settings: ResettlementSettings
    /// Arrivals in the target's financial year up to `asOf`: local records and Res_D01.
    public let targetYearArrivals: (local: Int, published: Int)
    /// Res_D01 release the published side comes from, nil when none is imported.
    public let publishedRelease: String?
    /// The last Res_D01 quarter end on or before `asOf`: the date the Home Office figures refer to.
    public let publishedThrough: Day?
    /// Where the local records come from (e.g. "synthetic (seed 7)"), for notes.
    public let recordSources: [String]

    public var total: Line {
        lines.reduce(into: Line(code: nil, name: "Region total")) { total, line in
            total.pledged = total.pledged + line.pledged
            total.matched = total.matched + line.matched
            total.arrived = total.arrived + line.arrived
            total.published = total.published + line.published
        }
    }

    /// Arrivals in the target year against the target, per cent: (local, published).
    public var targetProgress: (local: Double, published: Double)? {
        guard let target = settings.target, target > 0 else { return nil }
        return (Double(targetYearArrivals.local) / Double(target) * 100, Double(targetYearArrivals.published) / Double(target) * 100)
    }

    public init(
        region: Region, asOf: Day, settings: ResettlementSettings, pledges: [Pledge], referrals: [Referral], matches: [Match], arrivals: [Arrival],
        published: [ResettlementQuery.Arrivals], publishedRelease: String?, publishedThrough: Day? = nil
    ) {
        self.region = region
        self.asOf = asOf
        self.settings = settings
        self.publishedRelease = publishedRelease
        self.publishedThrough = publishedThrough
        let year = FinancialYear(containing: asOf)
        let targetYear = settings.targetYear
        var byCode = Dictionary(uniqueKeysWithValues: region.lowerTier.map { ($0.code, Line(code: $0.code, name: $0.name)) })
        for pledge in pledges where pledge.financialYear <= year {
            byCode[pledge.laCode]?.pledged.add(pledge.countedPlaces, inYear: pledge.financialYear == year)
        }
        for match in matches where match.matchedOn <= asOf {
            byCode[match.laCode]?.matched.add(match.persons, inYear: year.contains(match.matchedOn))
        }
        var localInTarget = 0, publishedInTarget = 0
        for arrival in arrivals where arrival.arrivedOn <= asOf {
            byCode[arrival.laCode]?.arrived.add(arrival.persons, inYear: year.contains(arrival.arrivedOn))
            if let targetYear, targetYear.contains(arrival.arrivedOn), byCode[arrival.laCode] != nil { localInTarget += arrival.persons }
        }
        for row in published where row.quarterEnd <= asOf {
            guard let code = row.laCode, byCode[code] != nil else { continue }
            byCode[code]?.published.add(row.persons, inYear: year.contains(row.quarterEnd))
            if let targetYear, targetYear.contains(row.quarterEnd) { publishedInTarget += row.persons }
        }
        var referred = Tally()
        for referral in referrals where referral.referredOn <= asOf {
            referred.add(referral.household.size, inYear: year.contains(referral.referredOn))
        }
        if targetYear == nil {
            let total = byCode.values.reduce(into: (0, 0)) {
                $0.0 += $1.arrived.cumulative; $0.1 += $1.published.cumulative
            }
            (localInTarget, publishedInTarget) = total
        }
        self.referred = referred
        targetYearArrivals = (localInTarget, publishedInTarget)
        lines = region.lowerTier.compactMap { byCode[$0.code] }
        recordSources = Array(Set(pledges.map(\.source) + referrals.map(\.source) + arrivals.map(\.source))).sorted()
    }
}
