import Foundation
import PartnershipCore
import Reporting

/// Seeded synthetic pledges, referrals and arrivals for demos and tests, written as the same CSV
/// files a partnership would import. Every record's `source` says "synthetic (seed N)", and case
/// references start `SYN-`, so synthetic data is labelled wherever it is shown. No figure here is real.
public struct SyntheticResettlement: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    public var label: String { "synthetic (seed \(seed))" }

    /// Pledges for up to eight of the region's lower-tier LAs: mostly firm, one indicative.
    public func pledgesCSV(region: Region, year: FinancialYear) -> String {
        var random = SeededGenerator(seed: seed)
        let las = region.lowerTier.shuffled(using: &random).prefix(min(8, max(3, region.lowerTier.count / 2)))
        var rows: [[String]] = []
        for (index, authority) in las.enumerated() {
            var types: [HouseholdType] = [.family]
            if Int.random(in: 0..<2, using: &random) == 0 { types.append(.largeFamily) }
            if Int.random(in: 0..<5, using: &random) < 2 { types.append(.singleAdult) }
            var meets: [Need] = []
            if Int.random(in: 0..<2, using: &random) == 0 { meets.append(.medical) }
            if Int.random(in: 0..<2, using: &random) == 0 { meets.append(.education) }
            let status: PledgeStatus = index == las.count - 1 ? .indicative : .firm
            rows.append([
                authority.code.rawValue, year.description, String(Int.random(in: 2...12, using: &random) * 5),
                status.rawValue, types.map(\.rawValue).joined(separator: ";"), String(Int.random(in: 0...2, using: &random)),
                meets.map(\.rawValue).joined(separator: ";"), label,
            ])
        }
        return ReportRenderer.csv(header: PledgeFile.required + PledgeFile.optional, rows: rows)
    }

    /// One batch of referred households, referred in the first two months of the year.
    public func referralsCSV(batch: String, households: Int, year: FinancialYear) -> String {
        var random = SeededGenerator(seed: seed &+ 1)
        var rows: [[String]] = []
        for index in 1...max(1, households) {
            let single = Int.random(in: 0..<10, using: &random) == 0
            let adults = single ? 1 : Int.random(in: 1...3, using: &random)
            let children = single ? 0 : Int.random(in: 0...5, using: &random)
            var bands = [0, 0, 0]
            for _ in 0..<children { bands[[0, 1, 2, 2, 2][Int.random(in: 0..<5, using: &random)]] += 1 }
            var needs: [Need] = []
            if Int.random(in: 0..<7, using: &random) == 0 { needs.append(.medical) }
            if Int.random(in: 0..<12, using: &random) == 0 { needs.append(.mobility) }
            if children > 0 && Int.random(in: 0..<6, using: &random) == 0 { needs.append(.education) }
            let day = year.firstDay.adding(days: Int.random(in: 0...60, using: &random))
            rows.append([
                caseRef(batch: batch, index: index), String(adults), String(bands[0]), String(bands[1]), String(bands[2]), day.description,
                needs.map(\.rawValue).joined(separator: ";"), label,
            ])
        }
        return ReportRenderer.csv(header: ReferralFile.required + ReferralFile.optional, rows: rows)
    }

    /// The day to accept the synthetic batch's matches: two weeks after its last possible referral.
    public func matchDay(year: FinancialYear) -> Day { year.firstDay.adding(days: 74) }

    /// Arrivals for the matched households of a batch, 4 to 16 weeks after the match, mostly on charters.
    public func arrivalsCSV(matches: [Match], referrals: [Referral]) -> String {
        var random = SeededGenerator(seed: seed &+ 2)
        let referred = Dictionary(uniqueKeysWithValues: referrals.map { ($0.caseRef, $0) })
        var rows: [[String]] = []
        for match in matches.sorted(by: { $0.caseRef < $1.caseRef }) {
            guard let referral = referred[match.caseRef] else { continue }
            let day = max(referral.referredOn, match.matchedOn).adding(days: Int.random(in: 28...112, using: &random))
            let flight: FlightType = Int.random(in: 0..<10, using: &random) < 7 ? .charter : .scheduled
            rows.append([match.caseRef.rawValue, day.description, flight.rawValue, match.laCode.rawValue, label])
        }
        return ReportRenderer.csv(header: ArrivalFile.required + ArrivalFile.optional, rows: rows)
    }

    func caseRef(batch: String, index: Int) -> String {
        let safe = String(
            batch.unicodeScalars.filter { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }.map(
                Character.init))
        return "SYN-\(safe)-\(String(format: "%03d", index))"
    }
}
