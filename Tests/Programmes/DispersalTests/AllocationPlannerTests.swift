import Dispersal
import Foundation
import PartnershipCore
import Testing

/// Property tests for the allocation planner on seeded synthetic regions (no real figures).
@Suite struct AllocationPlannerTests {
    /// A synthetic region: LAs with random populations and counts, some over, some not participating.
    /// A seeded synthetic region; `shuffle` lists the same LAs in another order.
    static func syntheticAssessment(seed: UInt64, shuffle: UInt64? = nil) -> ClusterAssessment {
        var random = SeededGenerator(seed: seed)
        let count = Int.random(in: 1...40, using: &random)
        let las = (0..<count).map { index in
            LocalAuthority(
                code: ONSCode(String(format: "E07%06d", index + 1))!, name: "Synthetic LA \(index + 1)", tier: .district, parentCode: nil,
                subRegion: nil,
                population: Int.random(in: 0...400_000, using: &random), childPopulation: 0, populationVintage: "synthetic",
                populationSource: "synthetic (seeded)",
                dispersal: Int.random(in: 0..<10, using: &random) == 0 ? .notParticipating : .participating, dispersalSource: nil)
        }
        let counts = Dictionary(uniqueKeysWithValues: las.map { ($0.code, Int.random(in: 0...2_500, using: &random)) })
        let settings = DispersalSettings(
            clusterRatio: 200, clusterRatioSource: nil, countBasis: .dispersedPlusSection4, nearMargin: 0.1, notParticipating: [])
        var order = SeededGenerator(seed: shuffle ?? 0)
        let listed = shuffle == nil ? las : las.shuffled(using: &order)
        return ClusterAssessment(lowerTier: listed, settings: settings, counts: counts, nationalCount: 100_000, snapshot: Day(iso: "2020-03-31")!)
    }

    @Test(arguments: AllocationStrategy.allCases)
    func noLAOverItsLimitAndEveryArrivalPlacedUpToTheHeadroom(strategy: AllocationStrategy) {
        var random = SeededGenerator(seed: 42)
        for seed in 1...300 as ClosedRange<UInt64> {
            let assessment = Self.syntheticAssessment(seed: seed)
            let arrivals = Int.random(in: 0...(assessment.headroom + 500), using: &random)
            let plan = AllocationPlanner(strategy: strategy).plan(arrivals, across: assessment)
            #expect(plan.allocated == min(arrivals, assessment.headroom), "seed \(seed)")
            #expect(plan.shortfall == max(0, arrivals - assessment.headroom), "seed \(seed)")
            for line in plan.lines {
                #expect(line.allocated >= 0 && line.allocated <= line.headroomBefore, "seed \(seed) \(line.code)")
                #expect(line.allocated == 0 || line.countAfter <= line.limit, "seed \(seed) \(line.code)")
                #expect(!line.reason.isEmpty)
            }
            // Non-participants are never planned for.
            let planned = Set(plan.lines.map(\.code))
            #expect(assessment.positions.filter { $0.status == .notParticipating }.allSatisfy { !planned.contains($0.code) })
        }
    }

    @Test(arguments: AllocationStrategy.allCases)
    func plansAreDeterministicWhateverTheInputOrder(strategy: AllocationStrategy) {
        for seed in 1...50 as ClosedRange<UInt64> {
            let assessment = Self.syntheticAssessment(seed: seed)
            let shuffled = Self.syntheticAssessment(seed: seed, shuffle: seed &* 31 &+ 1)
            let planner = AllocationPlanner(strategy: strategy)
            let arrivals = assessment.headroom / 2 + 7
            // The same LAs listed in another order get the same allocation, LA by LA.
            func byLA(_ plan: AllocationPlan) -> [ONSCode: Int] { Dictionary(uniqueKeysWithValues: plan.lines.map { ($0.code, $0.allocated) }) }
            #expect(byLA(planner.plan(arrivals, across: assessment)) == byLA(planner.plan(arrivals, across: shuffled)), "seed \(seed)")
        }
    }

    @Test func largestRemainderSplitsByHeadroom() {
        // Headroom 50 / 30 / 20, 7 arrivals: exact 3.5 / 2.1 / 1.4 → 3 / 2 / 1, then one more to the largest remainder (0.5).
        let las = [(1, 0, 10_000), (2, 0, 6_000), (3, 0, 4_000)].map { index, _, population in
            LocalAuthority(
                code: ONSCode(String(format: "E07%06d", index))!, name: "LA \(index)", tier: .district, parentCode: nil, subRegion: nil,
                population: population, childPopulation: 0, populationVintage: "synthetic", populationSource: "synthetic",
                dispersal: .participating, dispersalSource: nil)
        }
        let settings = DispersalSettings(
            clusterRatio: 200, clusterRatioSource: nil, countBasis: .dispersedPlusSection4, nearMargin: 0.1, notParticipating: [])
        let assessment = ClusterAssessment(lowerTier: las, settings: settings, counts: [:], nationalCount: 0, snapshot: Day(iso: "2020-03-31")!)
        #expect(AllocationPlanner().plan(7, across: assessment).lines.map(\.allocated) == [4, 2, 1])
        #expect(AllocationPlanner(strategy: .lowestRatioFirst).plan(3, across: assessment).lines.map(\.allocated).reduce(0, +) == 3)
        let over = AllocationPlanner().plan(120, across: assessment)
        #expect(over.allocated == 100 && over.shortfall == 20)
    }
}
