import PartnershipCore
import PublishedStatistics
import Reporting

/// A region's referrals by quarter and by LA (types, ages, decisions, timeliness), from its own
/// records. Built once for `smp modern-slavery region` and for the programme's report sections
/// (the server's programme page); counts are people cells owned by the region, so the caller's
/// suppression shows 1-4 as `<5` outside it.
enum ReferralRegionReport {
    static func sections(
        _ records: [NRMReferral], region: Region, target: @escaping (Day) -> Int, targetSource: String, on today: Day
    ) throws -> [ReportSection] {
        guard let first = records.first, let last = records.last else { return [] }
        let owner = region.id
        func people(_ n: Int) -> ReportCell { .people(n, owner: owner) }
        func percent(_ value: Double?) -> ReportCell { value.map { .percentage($0) } ?? .noData("no decisions") }
        func kpis(_ records: [NRMReferral]) throws -> ReferralKPIs { try ReferralKPIs(records, calendar: .englandAndWales, target: target) }

        let quarters = Dictionary(grouping: records) { Quarter(containing: $0.referredOn).endDay }
        var quarterRows: [[ReportCell]] = []
        for quarter in quarters.keys.sorted() {
            let k = try kpis(quarters[quarter]!)
            quarterRows.append([
                .text(Quarter(containing: quarter).description), people(k.referrals), people(k.byAge[.adult] ?? 0), people(k.byAge[.child] ?? 0),
                people(k.byAge[.notKnown] ?? 0), people(k.dutyToNotify), people(k.rgDecisions),
                percent(ReferralKPIs.share(k.rgPositive, k.rgDecisions)), percent(ReferralKPIs.share(k.rgWithinTarget, k.rgDecisions)),
                people(k.cgDecisions), percent(ReferralKPIs.share(k.cgPositive, k.cgDecisions)),
            ])
        }
        let types = ExploitationType.allCases
        func laRow(_ label: String, _ code: String, _ k: ReferralKPIs) -> [ReportCell] {
            [.text(label), .text(code), people(k.referrals)] + types.map { people(k.byType[$0] ?? 0) } + [
                people(k.dutyToNotify), percent(ReferralKPIs.share(k.rgPositive, k.rgDecisions)),
                percent(ReferralKPIs.share(k.rgWithinTarget, k.rgDecisions)),
                ReferralKPIs.median(k.daysToRG).map { .count($0) } ?? .noData("no decisions"),
                ReferralKPIs.median(k.daysRGToCG).map { .count($0) } ?? .noData("no decisions"),
            ]
        }
        let byLA = Dictionary(grouping: records, by: \.laCode)
        var laRows: [[ReportCell]] = []
        for la in region.localAuthorities where byLA[la.code] != nil {
            laRows.append(laRow(la.name, la.code.rawValue, try kpis(byLA[la.code]!)))
        }
        laRows.append(laRow("Region", "", try kpis(records)))
        let period = "\(first.referredOn) to \(last.referredOn)"
        var notes: [String] = []
        notes.append(
            "Local records of \(region.name)'s first responders, referred \(period); Duty to Notify records (adults who withheld "
                + "consent) are counted apart and have no decisions.")
        notes.append(
            "RG within target: decided within \(target(today)) working days of referral (\(targetSource)); working days exclude "
                + "England and Wales bank holidays (\(WorkingDays.englandAndWales.source)). Median days are calendar days.")
        notes.append("A referral with several exploitation types counts once under each.")
        notes += SyntheticLabel.notes(for: records.map(\.source))
        return [
            ReportSection(
                title: "By quarter of referral",
                columns: [
                    .init("quarter"), .init("referrals", .right), .init("adult", .right), .init("child", .right), .init("age not known", .right),
                    .init("Duty to Notify", .right), .init("RG decisions", .right), .init("RG positive", .right), .init("RG within target", .right),
                    .init("CG decisions", .right), .init("CG positive", .right),
                ],
                rows: quarterRows, notes: [], constraints: SumConstraint.totalColumn(rows: quarterRows.count, total: 1, parts: [2, 3, 4])),
            ReportSection(
                title: "By LA",
                columns: [.init("LA"), .init("code"), .init("referrals", .right)] + types.map { .init($0.rawValue, .right) } + [
                    .init("Duty to Notify", .right), .init("RG positive", .right), .init("RG within target", .right),
                    .init("median days to RG", .right), .init("median days RG to CG", .right),
                ],
                rows: laRows, notes: notes,
                constraints: SumConstraint.totalRow(rows: laRows.count, columns: [2] + (3..<(3 + types.count)).map { $0 } + [3 + types.count])),
        ]
    }
}
