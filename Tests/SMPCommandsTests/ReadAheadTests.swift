import CommandLineKit
import Composition
import Foundation
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import Reporting
import TestSupport
import Testing

/// `compare` has each programme read what its areas share (the early warning's window) while the
/// region modules load. The areas' evaluation must then use that reading, not read again, and show
/// exactly what it shows without one.
@Suite(.serialized) struct ReadAheadTests {
    @Test func theAreasUseTheWindowReadAheadAndShowWhatTheyShowWithout() async throws {
        let registry = try StandardProgrammes.registry().platform
        let store = try await Evaluation.emptyStore(registry)
        for dataset in registry.datasets {
            for entry in dataset.bundled { _ = try await TableImporter(store: store).importFile(BundledData.file(entry.file), as: entry.table) }
        }
        let catalog = RegionCatalog(folder: RepositoryPaths.regions, registry: registry.programmes)
        let areas = try await NationalAreas().areas(modules: catalog.activeRegions, programmes: registry.ids, store: store)
        let dispersal = try #require(registry.plugins.first { $0.id == "dispersal" })
        let day = Day(iso: "2024-09-30")!
        func cells(_ published: PublishedData) async throws -> [[ReportCell]] {
            try await NationalComparison.build(
                plugins: [dispersal], regions: areas, indicators: ["dispersal.supported", "dispersal.outlook-flagged"], on: day,
                registry: registry, store: store, published: published, logger: Evaluation.logger, title: "t"
            ).sections[0].rows
        }
        let fresh = try await cells(PublishedData(store: store))
        #expect(fresh.count == 3)

        let ahead = PublishedData(store: store)
        try await dispersal.readAhead(on: day, published: ahead)
        // From here on the areas can only show figures if they take them from the read-ahead.
        _ = try await store.transaction { try await $0.execute("DELETE FROM asylum_support") }
        #expect(try await cells(ahead) == fresh)
        #expect(try await cells(PublishedData(store: store)) != fresh)
    }

    /// The first run fills a new store and reads nothing ahead; the next reads ahead. Both print the same.
    @Test func theFirstRunAndTheNextPrintTheSameComparison() async throws {
        let smp = try InProcessCLI()
        let file = try RepositoryPaths.temporaryFolder().appendingPathComponent("smp.sqlite").path
        let arguments = ["compare", "--as-of", "2024-09-30", "--format", "json", "--regions", RepositoryPaths.regions.path, "--db", file]
        let first = await smp(arguments), next = await smp(arguments)
        #expect(first.status == 0 && next.status == 0, "\(first.stderr) \(next.stderr)")
        #expect(first.stderr.contains("loading the bundled"))
        #expect(!next.stdout.isEmpty && next.stdout == first.stdout)
    }
}
