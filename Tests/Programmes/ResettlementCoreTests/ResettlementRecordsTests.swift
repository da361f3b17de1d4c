import CommandLineKit
import Composition
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import ResettlementCore
import TestSupport
import Testing
import VPRS

/// Pledges, referrals, matches and arrivals in the store, on every available engine: re-imports
/// replace rather than double, refused changes change nothing, and progress adds up.
struct ResettlementRecordsTests {
    static let region: Region = RegionCatalog(folder: RepositoryPaths.regions, registry: try! StandardProgrammes.registry().platform.programmes)
        .region("east-midlands")!
    static let synthetic = SyntheticResettlement(seed: 5)
    static let year = FinancialYear(startYear: 2017)

    static func records(_ engine: StoreEngine) async throws -> ResettlementRecords {
        await ResettlementRecords(
            store: try engine.open(StandardProgrammes.registry().platform.schema()), scope: RecordScope(region: region.id, scheme: "vprs"))
    }

    static func referrals(_ batch: String, households: Int = 12) async throws -> [Referral] {
        try #require(
            ReferralFile.parse(synthetic.referralsCSV(batch: batch, households: households, year: year), file: "r.csv", batch: batch).accepted)
    }

    @Test(arguments: StoreEngine.available)
    func reimportingPledgesReplacesThem(engine: StoreEngine) async throws {
        let records = try await Self.records(engine)
        let pledges = try #require(
            PledgeFile.parse(Self.synthetic.pledgesCSV(region: Self.region, year: Self.year), file: "p.csv", region: Self.region).accepted)
        #expect(try await records.replacePledges(with: pledges) == 0)
        #expect(try await records.replacePledges(with: pledges) == pledges.count)
        let stored = try await records.pledges(financialYear: Self.year)
        #expect(stored.count == pledges.count)
        #expect(stored.map(\.laCode) == pledges.map(\.laCode))
        #expect(stored.map(\.householdTypes) == pledges.map(\.householdTypes))
        // pledge add on an LA that has one replaces it, keeping its place in the order.
        let first = stored[0]
        let changed = Pledge(laCode: first.laCode, financialYear: Self.year, places: first.places + 5, status: .withdrawn, source: "test")
        #expect(try await records.save(changed))
        let again = try await records.pledges(financialYear: Self.year)
        #expect(again.count == pledges.count && again[0].places == first.places + 5 && again[0].countedPlaces == 0)
    }

    @Test(arguments: StoreEngine.available)
    func reimportingABatchReplacesItAndItsMatches(engine: StoreEngine) async throws {
        let records = try await Self.records(engine)
        let batch = try await Self.referrals("B1")
        _ = try await records.replaceBatch("B1", with: batch)
        let match = Match(
            batch: "B1", caseRef: batch[0].caseRef, laCode: ONSCode("E06000015")!, financialYear: Self.year, persons: batch[0].household.size,
            matchedOn: Day(iso: "2017-06-01")!)
        try await records.replaceMatches(batch: "B1", with: [match])
        let replaced = try await records.replaceBatch("B1", with: Array(batch.prefix(10)))
        #expect(replaced.referrals == 12 && replaced.matches == 1)
        #expect(try await records.referrals().count == 10)
        #expect(try await records.matches().isEmpty)
    }

    @Test(arguments: StoreEngine.available)
    func aCaseInTwoBatchesOrAnArrivedCaseDroppedIsRefused(engine: StoreEngine) async throws {
        let records = try await Self.records(engine)
        let batch = try await Self.referrals("B1")
        _ = try await records.replaceBatch("B1", with: batch)
        let moved = batch.prefix(2).map {
            Referral(batch: "B2", caseRef: $0.caseRef, household: $0.household, referredOn: $0.referredOn, source: "test")
        }
        await #expect(throws: ResettlementError.self) { try await records.replaceBatch("B2", with: moved) }
        let arrival = Arrival(
            caseRef: batch[0].caseRef, laCode: ONSCode("E06000015")!, arrivedOn: Day(iso: "2017-07-01")!, flight: .charter,
            household: batch[0].household, source: "test")
        #expect(try await records.save(arrivals: [arrival]) == 0)
        #expect(try await records.save(arrivals: [arrival]) == 1)
        await #expect(throws: ResettlementError.self) { try await records.replaceBatch("B1", with: Array(batch.dropFirst())) }
        #expect(try await records.referrals().count == 12)
        #expect(try await records.arrivals().map(\.persons) == [batch[0].household.size])
    }

    /// The programme's indicators read the same records and Res_D01 as `smp resettlement progress`.
    @Test(arguments: StoreEngine.available)
    func indicatorsComeFromRecordsAndResD01(engine: StoreEngine) async throws {
        let records = try await Self.records(engine)
        let importer = TableImporter(store: records.store)
        _ = try await importer.importFile(RepositoryPaths.dataFile("ho-local_authority_resettlement.csv"), as: ResettlementTable())
        let pledges = try #require(
            PledgeFile.parse(Self.synthetic.pledgesCSV(region: Self.region, year: Self.year), file: "p.csv", region: Self.region).accepted)
        _ = try await records.replacePledges(with: pledges)
        let batch = try await Self.referrals("B1")
        _ = try await records.replaceBatch("B1", with: batch)
        let day = Day(iso: "2018-03-31")!
        let values = try await Evaluation.values(VPRSProgramme(), region: Self.region, on: day, store: records.store)
        func value(_ id: String) -> Double? {
            guard case .value(let v) = values[id]?.state else { return nil }
            return v
        }
        #expect(value("vprs.target") == 270)
        #expect(value("vprs.pledged") == Double(pledges.reduce(0) { $0 + $1.countedPlaces }))
        #expect(value("vprs.referred") == Double(batch.reduce(0) { $0 + $1.household.size }))
        #expect(value("vprs.matched") == 0)
        let published = try await ResettlementQuery(store: records.store).arrivals(scheme: "vprs", in: Self.region.lowerTier.map(\.code))
        #expect(value("vprs.arrived") == Double(published.filter { $0.quarterEnd <= day }.reduce(0) { $0 + $1.persons }))
        let inYear = published.filter { Self.year.contains($0.quarterEnd) }.reduce(0) { $0 + $1.persons }
        #expect(value("vprs.progress") == Double(inYear) / 270 * 100)
        #expect(values["vprs.pledged"]?.source?.contains("synthetic") == true)
    }
}
