import Foundation
import PartnershipCore
import PartnershipStore
import PublishedStatistics

/// `smp bench dispersal`: status for every English region's LAs (ONS lookup regions, MYE 2019
/// populations from the store) across every imported quarter, and a plan of 10,000 arrivals
/// across all of those LAs at once.
struct DispersalBenchmark {
    let store: any SQLStore
    let runs: Int

    struct Result {
        let localAuthorities: Int
        let quarters: Int
        let statusSeconds: [Double]
        let planSeconds: [Double]
    }

    func run() async throws -> Result {
        guard let figures = try await DispersalFigures(published: PublishedData(store: store)) else {
            throw DispersalError.noFigures(location: store.location)
        }
        let directory = LocalAuthorityDirectory.bundled
        let codes = Array(
            Set(directory.entries.map { directory.current($0.code) }.filter { $0.rawValue.hasPrefix("E") && !$0.rawValue.hasPrefix("E10") }))
        let population = try await PopulationQuery(store: store).population(of: codes, year: 2019)
        var byRegion: [String: [LocalAuthority]] = [:]
        for code in codes.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let region = directory.region(of: code), let people = population[code], let tier = LocalAuthorityTier(code: code) else { continue }
            byRegion[region.name, default: []].append(
                LocalAuthority(
                    code: code, name: code.rawValue, tier: tier, population: people, childPopulation: 0,
                    populationVintage: "ONS MYE 2019", populationSource: "store population-ltla", dispersal: .participating))
        }
        let settings = DispersalSettings(
            clusterRatio: 200, clusterRatioSource: nil, countBasis: .dispersedPlusSection4, nearMargin: 0.1, notParticipating: [])
        var statusTimes: [Double] = [], planTimes: [Double] = []
        for _ in 0..<runs {
            let started = Date()
            let counts = figures.counts(on: settings.countBasis)
            var checksum = 0
            for day in figures.snapshots {
                let here = counts[day] ?? [:]
                let national = figures.nationalCount(here)
                for las in byRegion.values {
                    checksum &+= ClusterAssessment(lowerTier: las, settings: settings, counts: here, nationalCount: national, snapshot: day).headroom
                }
            }
            statusTimes.append(Date().timeIntervalSince(started))
            precondition(checksum != 0)
            let latest = figures.snapshots.last!
            let england = ClusterAssessment(
                lowerTier: byRegion.values.flatMap { $0 }, settings: settings, counts: counts[latest] ?? [:], nationalCount: 0, snapshot: latest)
            let planStarted = Date()
            let plan = AllocationPlanner().plan(10_000, across: england)
            planTimes.append(Date().timeIntervalSince(planStarted))
            precondition(plan.allocated > 0)
        }
        return Result(
            localAuthorities: byRegion.values.reduce(0) { $0 + $1.count }, quarters: figures.snapshots.count, statusSeconds: statusTimes,
            planSeconds: planTimes)
    }
}
