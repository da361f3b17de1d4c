import Foundation
import PartnershipCore
import PublishedStatistics

/// `smp bench match`: the matcher on a seeded synthetic batch against a region's synthetic pledges,
/// once with room for most households and once heavily oversubscribed (the repair pass's worst case).
struct MatchBenchmark {
    let region: Region
    let households: Int
    let runs: Int

    struct Result {
        let offers: Int
        let roomy: (seconds: [Double], placed: Int)
        let oversubscribed: (seconds: [Double], placed: Int)
    }

    func run() throws -> Result {
        let synthetic = SyntheticResettlement(seed: 2024)
        let year = FinancialYear(startYear: 2017)
        guard
            let referrals = ReferralFile.parse(
                synthetic.referralsCSV(batch: "BENCH", households: households, year: year), file: "bench", batch: "BENCH"
            ).accepted,
            let pledges = PledgeFile.parse(synthetic.pledgesCSV(region: region, year: year), file: "bench", region: region).accepted
        else {
            throw ResettlementError("the synthetic benchmark batch did not parse: the synthetic generator and the file readers disagree")
        }
        let people = referrals.reduce(0) { $0 + $1.household.size }
        let offered = pledges.reduce(0) { $0 + $1.places }
        // Roomy: every pledge scaled so the firm places cover the batch about 1.5 times.
        let roomy = pledges.map { pledge in
            Pledge(
                laCode: pledge.laCode, financialYear: year, places: pledge.places * people * 3 / max(1, offered * 2),
                householdTypes: Set(HouseholdType.allCases),
                accessibleHomes: pledge.accessibleHomes + households / 20, meets: [.medical, .education], status: pledge.status,
                source: pledge.source, position: pledge.position)
        }
        let matcher = Matcher(preference: .spread, largeFamilyFrom: 6)
        func time(_ pledges: [Pledge]) -> ([Double], Int) {
            var seconds: [Double] = [], placed = 0
            for _ in 0..<runs {
                let started = Date()
                placed = matcher.propose(referrals, offers: pledges.map { MatchOffer(pledge: $0) }, financialYear: year).assignments.count
                seconds.append(Date().timeIntervalSince(started))
            }
            return (seconds, placed)
        }
        return Result(offers: pledges.count, roomy: time(roomy), oversubscribed: time(pledges))
    }
}
