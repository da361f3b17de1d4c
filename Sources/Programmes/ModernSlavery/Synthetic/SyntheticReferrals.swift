import PartnershipCore
import Reporting

/// Seeded synthetic referral records for a region, as the CSV the importer reads; every row says
/// it is synthetic. Pseudonymous references only, and no names of people anywhere.
public struct SyntheticReferrals: Sendable {
    public let region: Region
    public let seed: UInt64
    public let count: Int

    public init(region: Region, seed: UInt64, count: Int) {
        self.region = region
        self.seed = seed
        self.count = count
    }

    public var source: String { "SYNTHETIC (seed \(seed)): generated test data, not real figures" }

    public func csv() -> String {
        var random = SeededGenerator(seed: seed)
        let las = region.lowerTier.map(\.code)
        let start = Day(year: 2023, month: 1, day: 2)!, span = 1000
        let nationalities = ["British", "Albanian", "Vietnamese", "Eritrean", "Sudanese", "Romanian", "not-known"]
        let header = ReferralRecordFile.required + ["rg_outcome", "rg_on", "cg_outcome", "cg_on", "source"]
        var rows: [[String]] = []
        for index in 0..<count {
            let referred = start.adding(days: Int.random(in: 0..<span, using: &random))
            let age = [ExploitationAge.adult, .adult, .child, .child, .notKnown].randomElement(using: &random)!
            let consent: Consent = age == .child ? .notNeeded : (Double.random(in: 0..<1, using: &random) < 0.2 ? .withheld : .given)
            let types = Set(
                (0..<Int.random(in: 1...2, using: &random)).map { _ in
                    [ExploitationType.labour, .sexual, .domestic, .criminal, .criminal, .notSpecified].randomElement(using: &random)!
                })
            let responder = [FirstResponderType.localAuthority, .localAuthority, .police, .ngo, .government].randomElement(using: &random)!
            var rg = ["", ""], cg = ["", ""]
            if consent != .withheld && Double.random(in: 0..<1, using: &random) < 0.85 {
                let rgDay = referred.adding(days: Int.random(in: 1...20, using: &random))
                let positive = Double.random(in: 0..<1, using: &random) < 0.8
                rg = [positive ? "positive" : "negative", rgDay.description]
                if positive && Double.random(in: 0..<1, using: &random) < 0.6 {
                    let cgDay = rgDay.adding(days: Int.random(in: 30...400, using: &random))
                    cg = [Double.random(in: 0..<1, using: &random) < 0.7 ? "positive" : "negative", cgDay.description]
                }
            }
            rows.append(
                [
                    "SYN-MS-\(seed)-\(index + 1)", "Synthetic \(responder.rawValue) responder", responder.rawValue,
                    las.randomElement(using: &random)!.rawValue, referred.description, age.rawValue,
                    types.sorted().map(\.rawValue).joined(separator: ";"),
                    [RecordedGender.female, .male, .male, .notKnown].randomElement(using: &random)!.rawValue,
                    nationalities.randomElement(using: &random)!,
                    [ExploitationLocation.uk, .uk, .overseas, .both].randomElement(using: &random)!.rawValue,
                    consent.rawValue,
                ] + rg + cg + [source])
        }
        return ReportRenderer.csv(header: header, rows: rows)
    }
}
