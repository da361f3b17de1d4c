import Foundation
import Logging
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting
import TestSupport
import Testing

/// A small programme for the contract's own tests: what it evaluates is set per test.
private struct Probe: ProgrammePlugin {
    var id: ProgrammeID = "probe"
    var title: String { "Probe" }
    var summary: String { "A programme for tests" }
    var settings: [SettingDefinition] { [] }
    var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(id: "\(id).a", title: "a", unit: .count, definition: "a"),
            IndicatorDefinition(id: "\(id).b", title: "b", unit: .people, definition: "b", countsPeople: true),
        ]
    }
    var migrationName = "probe.v1"
    var schema: SchemaPart? {
        SchemaPart(
            owner: id.rawValue,
            migrations: [Migration(migrationName, ["CREATE TABLE \(id.rawValue.replacingOccurrences(of: "-", with: "_"))_t (n INTEGER)"])])
    }
    var publishedDatasets: [PublishedDataset] { [.asylumSupport] }
    var computes: Set<String> = ["probe.a", "probe.b"]
    var failsWith: (any Error)?

    func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }

    func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        if let failsWith { throw failsWith }
        var values = IndicatorValues()
        for id in computes { values.set(id, 3, asOf: context.asOf, source: "test") }
        return values
    }
}

struct PlatformRegistryTests {
    let la = LocalAuthority(
        code: ONSCode("E06000002")!, name: "Middlesbrough", tier: .unitary, population: 140_980, childPopulation: 32_794,
        populationVintage: "ONS MYE 2019", populationSource: "test")

    func region(enabled: Bool) -> Region {
        Region(
            id: "r", name: "R", shortName: "R", onsRegionCode: nil, leadOrganisation: "L", established: "2000",
            programmes: ["probe": ProgrammeConfig(enabled: enabled)], localAuthorities: [la])
    }

    @Test func schemaAndDatasetsAreDerivedFromTheProgrammes() async throws {
        let registry = try PlatformRegistry([Probe()])
        #expect(registry.datasets.map(\.id) == ["asylum-support", "population"])
        let names = try registry.schema().migrations.map(\.name)
        #expect(names.first == "core.v1.import-ledger")
        #expect(names.last == "probe.v1")
        #expect(names.contains("published.v1.asylum-support"))
        #expect(!names.contains { $0.contains("nrm") })
    }

    @Test func duplicateIDsOrClashingMigrationsAreRefused() {
        #expect(throws: ProgrammeError.self) { try PlatformRegistry([Probe(), Probe()]) }
        #expect(throws: StoreError.duplicateMigration(name: "probe.v1", owners: ["probe", "probe-two"])) {
            try PlatformRegistry([Probe(), Probe(id: "probe-two")])
        }
    }

    @Test func switchedOffIsOffNotZeroAndOnIsEvaluated() async throws {
        let registry = try PlatformRegistry([Probe()])
        let store = try await Evaluation.emptyStore(registry)
        let day = Day(iso: "2020-01-01")!
        let on = try await registry.evaluate(Probe(), region: region(enabled: true), on: day, store: store, logger: Evaluation.logger)
        #expect(on["probe.a"]?.state == .value(3))
        let off = try await registry.evaluate(Probe(), region: region(enabled: false), on: day, store: store, logger: Evaluation.logger)
        #expect(off["probe.a"]?.state == .programmeOff && off["probe.b"]?.state == .programmeOff)
    }

    @Test func anIndicatorLeftOutIsAnErrorNotABlank() async throws {
        let probe = Probe(computes: ["probe.a"])
        let registry = try PlatformRegistry([probe])
        await #expect(throws: ProgrammeError.self) {
            try await registry.evaluate(
                probe, region: region(enabled: true), on: Day(iso: "2020-01-01")!, store: try Evaluation.emptyStore(registry),
                logger: Evaluation.logger)
        }
    }

    @Test func aStoreFaultReachesTheCallerAsAnError() async throws {
        let probe = Probe(failsWith: StoreError.statementFailed(sql: "SELECT", reason: "disk I/O error"))
        let registry = try PlatformRegistry([probe])
        await #expect(throws: StoreError.statementFailed(sql: "SELECT", reason: "disk I/O error")) {
            try await registry.evaluate(
                probe, region: region(enabled: true), on: Day(iso: "2020-01-01")!, store: try Evaluation.emptyStore(registry),
                logger: Evaluation.logger)
        }
    }

    @Test func theComparisonSuppressesPeopleCountsByAudienceInOnePlace() async throws {
        let registry = try PlatformRegistry([Probe()])
        let report = try await NationalComparison.build(
            plugins: registry.plugins, regions: [region(enabled: true)], on: Day(iso: "2020-01-01")!, registry: registry,
            store: try Evaluation.emptyStore(registry), logger: Evaluation.logger, title: "t")
        let cells = report.sections[0].rows.dropFirst().map { $0[2].value }
        #expect(report.sections[0].rows[0][2].value == .text("SMP module"))
        #expect(cells == [.count(3), .people(3)])
        #expect(report.suppressingSmallCounts(for: .national).sections[0].rows.dropFirst().map { $0[2].value } == [.count(3), .suppressed])
        #expect(report.suppressingSmallCounts(for: .region("r")).sections[0].rows.dropFirst().map { $0[2].value } == [.count(3), .people(3)])
    }
}
