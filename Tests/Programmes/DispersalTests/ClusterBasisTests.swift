import CommandLineKit
import Composition
import Dispersal
import Foundation
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import TestSupport
import Testing

/// Dispersal status on the real imported Asy_D11 and the real North East module.
@Suite struct ClusterBasisTests {
    static func loadFigures() async throws -> DispersalFigures {
        let store = try SQLiteStore()
        try await StandardProgrammes.registry().platform.schema().migrate(store, logger: Evaluation.logger)
        _ = try await TableImporter(store: store).importFile(RepositoryPaths.dataFile("ho-local_authority_support.csv"), as: AsylumSupportTable())
        return try #require(try await DispersalFigures(published: PublishedData(store: store)))
    }
    static let northEast = RegionCatalog(folder: RepositoryPaths.regions, registry: try! StandardProgrammes.registry().platform.programmes).region(
        "north-east")!

    func middlesbrough(_ basis: CountBasis) async throws -> ClusterPosition {
        let june = Day(iso: "2019-06-30")!
        let settings = try DispersalProgramme().settings(for: Self.northEast, on: june).with(basis: basis)
        let figures = try await Self.loadFigures()
        let counts = try await figures.counts(on: basis)[june]!
        let assessment = ClusterAssessment(
            lowerTier: Self.northEast.lowerTier, settings: settings, counts: counts, nationalCount: figures.nationalCount(counts), snapshot: june)
        return try #require(assessment.positions.first { $0.code.rawValue == "E06000002" })
    }

    /// DOMAIN.md 1.1: 609 dispersed + 32 subsistence only + 77 Section 4 against a limit of 704.
    @Test func middlesbroughsVerdictFlipsWithTheCountBasis() async throws {
        let standard = try await middlesbrough(.dispersedPlusSection4)
        #expect(standard.limit == 704)
        #expect(standard.count == 686)
        #expect(!standard.status.isAtOrOver && standard.headroom == 18)
        let everyone = try await middlesbrough(.allSupported)
        #expect(everyone.count == 718)
        #expect(everyone.status == .over && everyone.headroom == 0)
        #expect(try await middlesbrough(.dispersedOnly).count == 609)
        #expect(try await middlesbrough(.section95).count == 641)
    }

    /// `status`, `plan` and `widening` read one quarter end; what they show is the same as from
    /// a position that read the early warning's window or the whole history.
    @Test func aPositionAtOneQuarterShowsWhatTheWindowedOneShows() async throws {
        let store = try SQLiteStore()
        try await StandardProgrammes.registry().platform.schema().migrate(store, logger: Evaluation.logger)
        _ = try await TableImporter(store: store).importFile(RepositoryPaths.dataFile("ho-local_authority_support.csv"), as: AsylumSupportTable())
        for asOf in [Day(iso: "2019-08-15")!, Day(iso: "2024-12-31")!] {
            func position(_ reach: DispersalPosition.Reach) async throws -> DispersalPosition {
                try await DispersalPosition(
                    region: Self.northEast, published: PublishedData(store: store), location: "test", asOf: asOf, reach: reach)
            }
            let quarter = try await position(.quarter), window = try await position(.earlyWarning), history = try await position(.history)
            #expect(quarter.snapshots == [quarter.snapshot])
            #expect(Set(quarter.counts.keys) == [quarter.snapshot] && Set(quarter.dispersed.keys) == [quarter.snapshot])
            #expect(window.snapshots.count > 1 && history.snapshots.count >= window.snapshots.count)
            for other in [window, history] {
                #expect(quarter.snapshot == other.snapshot)
                #expect(quarter.statusSection == other.statusSection)
                #expect(quarter.counts[quarter.snapshot] == other.counts[other.snapshot])
                #expect(quarter.dispersed[quarter.snapshot] == other.dispersed[other.snapshot])
                #expect(quarter.assessment(includeUnknown: true) == other.assessment(includeUnknown: true))
            }
        }
    }

    @Test func eachQuarterOfTheFileIsAvailableAndAsOfPicksTheQuarterBefore() async throws {
        let figures = try await Self.loadFigures()
        #expect(try await figures.snapshots().count == 43)
        #expect(try await figures.snapshot(asOf: Day(iso: "2019-08-15")) == Day(iso: "2019-06-30"))
        #expect(try await figures.snapshot(asOf: Day(iso: "2010-01-01")) == nil)
    }

    @Test func nonParticipantsAndEmptyLAsAreNamedNotZero() async throws {
        let la = { (code: String, dispersal: DispersalParticipation) in
            LocalAuthority(
                code: ONSCode(code)!, name: code, tier: .district, parentCode: nil, subRegion: nil, population: 100_000, childPopulation: 20_000,
                populationVintage: "synthetic", populationSource: "synthetic", dispersal: dispersal, dispersalSource: nil)
        }
        let settings = try DispersalProgramme().settings(for: Self.northEast, on: Day(iso: "2019-06-30")!)
        let las = [la("E07000001", .notParticipating), la("E07000002", .participating), la("E07000003", .unknown), la("E07000004", .unknown)]
        let counts = [ONSCode("E07000003")!: 500]
        // E07000003 is undeclared but has people in dispersal accommodation: evidenced, so participating.
        let assessment = ClusterAssessment(
            lowerTier: las, settings: settings, counts: counts, nationalCount: 1_000, snapshot: Day(iso: "2019-06-30")!, dispersed: counts)
        #expect(assessment.positions.map(\.status) == [.notParticipating, .participatingNonePlaced, .at, .participationUnknown])
        #expect(assessment.limit == 1_000)
        #expect(assessment.headroom == 500)
        #expect(assessment.positions[2].shareOfNation == 0.5)
        #expect(assessment.unknownParticipation.map(\.name) == ["E07000004"])
        // Without that evidence it is unknown too, and unknown is never counted as participating.
        let undeclared = ClusterAssessment(
            lowerTier: las, settings: settings, counts: counts, nationalCount: 1_000, snapshot: Day(iso: "2019-06-30")!)
        #expect(undeclared.positions.map(\.status) == [.notParticipating, .participatingNonePlaced, .participationUnknown, .participationUnknown])
        #expect(undeclared.limit == 500 && undeclared.headroom == 500)
        // From full dispersal (13 Apr 2022) every LA without an agreed, sourced exception is a dispersal area.
        let full = ClusterAssessment(
            lowerTier: las, settings: try DispersalProgramme().settings(for: Self.northEast, on: Day(iso: "2022-06-30")!), counts: counts,
            nationalCount: 1_000, snapshot: Day(iso: "2022-06-30")!)
        #expect(full.positions.map(\.status) == [.participatingNonePlaced, .participatingNonePlaced, .at, .participatingNonePlaced])
        #expect(full.limit == 2_000)
    }
}

/// The indicators the national comparison shows, computed from the store's figures.
@Suite struct DispersalIndicatorTests {
    @Test func indicatorsComeFromTheImportedFiguresWithTheirQuarterEnd() async throws {
        let store = try await Evaluation.emptyStore(PlatformRegistry([DispersalProgramme()]))
        _ = try await TableImporter(store: store).importFile(RepositoryPaths.dataFile("ho-local_authority_support.csv"), as: AsylumSupportTable())
        let byID = try await Evaluation.values(DispersalProgramme(), region: ClusterBasisTests.northEast, on: Day(iso: "2019-08-01")!, store: store)
        guard case .value(let supported) = byID["dispersal.supported"]?.state, case .value(let limit) = byID["dispersal.limit"]?.state,
            case .value(let headroom) = byID["dispersal.headroom"]?.state
        else {
            Issue.record("dispersal indicators have no values: \(byID)")
            return
        }
        #expect(byID["dispersal.supported"]?.asOf == Day(iso: "2019-06-30"))
        // North East at 30 June 2019 on the default basis (s95 dispersed + s4), Asy_D11 to 2024-09-30. The
        // limit covers the LAs declared participating (seed 003) or evidenced by people in dispersal accommodation.
        #expect(supported == 5_312)
        #expect(limit == 10_694)
        #expect(headroom == 5_382)
        #expect(byID["dispersal.supported"]?.source?.contains("Asy_D11") == true)
        // Without imported figures the limit still shows and the rest say why they are missing.
        let bare = try await Evaluation.values(DispersalProgramme(), region: ClusterBasisTests.northEast, on: Day(iso: "2019-08-01")!)
        let missing = DispersalRules.indicators.map(\.id).filter { if case .noData = bare[$0]?.state { true } else { false } }
        #expect(
            missing == [
                "dispersal.supported", "dispersal.headroom", "dispersal.las-over-limit", "dispersal.rate-per-10000", "dispersal.outlook-flagged",
            ])
        // With no Home Office data there is no evidence: only the four declared LAs count.
        let declared = ClusterBasisTests.northEast.lowerTier.filter { $0.dispersal == .participating }
        #expect(declared.count == 4)
        #expect(bare["dispersal.limit"]?.state == .value(Double(declared.reduce(0) { $0 + $1.population / 200 })))
        #expect(bare["dispersal.limit"]?.state == .value(3_836))
    }
}
