import Foundation
import TestSupport
import Testing

/// A programme added to the registry, and nothing else, shows in help, the schema, the programme
/// list, the comparison and the region report; a region module switches it on with no code change.
@Suite struct ExampleProgrammeTests {
    /// The repository's region modules, with the example programme switched on in the North East.
    static func regions() async throws -> URL {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("regions")
        try FileManager.default.copyItem(at: RepositoryPaths.regions, to: folder)
        let yaml = folder.appendingPathComponent("north-east/region.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        try text.replacingOccurrences(of: "programmes:\n", with: "programmes:\n  example-hub:\n    enabled: true\n")
            .write(to: yaml, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aNewProgrammeNeedsOnlyARegistryLine() async throws {
        let smp = try InProcessCLI(adding: [ExampleProgramme()])
        let regions = try await Self.regions()
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let db = regions.deletingLastPathComponent().appendingPathComponent("smp.sqlite").path
        let common = ["--regions", regions.path, "--db", db]

        let help = await smp(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("example-hub"))
        #expect(help.stdout.contains("Record visits to the example hub"))

        let recorded = await smp(["example-hub", "--region", "north-east", "--visits", "7", "--db", db])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout == "Recorded 7 visits for north-east\n")

        let migrations = await smp(["db", "migrate", "--db", db])
        #expect(migrations.stdout.contains("example-hub.v1.visits"))
        #expect(migrations.stdout.contains("resettlement.v1.records"))

        let programmes = try await smp(["programmes", "--format", "json"]).json()
        let listed = try #require((programmes["programmes"] as? [[String: Any]])?.first { $0["id"] as? String == "example-hub" })
        #expect(listed["migrations"] as? [String] == ["example-hub.v1.visits"])
        #expect(listed["commands"] as? [String] == ["example-hub"])

        let compare = await smp(["compare", "--programme", "example-hub", "--as-of", "2024-01-01", "--format", "json"] + common)
        #expect(compare.status == 0, "\(compare.stderr)")
        let row = try #require(await (try compare.json()["rows"] as? [[String: Any]])?.first { $0["indicator"] as? String == "example-hub.visits" })
        #expect(row["indicator"] as? String == "example-hub.visits")
        #expect(row["north-east"] as? Int == 7)
        #expect(row["south-west"] is NSNull)
        let details = try #require(row["details"] as? [String: [String: String]])
        #expect(details["south-west"]?["state"] == "off")
        #expect(details["north-east"]?["source"] == "example hub records (test)")

        let report = await smp(["report", "--region", "north-east", "--programme", "example-hub", "--as-of", "2024-01-01"] + common)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Example hub"))
        #expect(report.stdout.contains("north-east       7"))
    }

    @Test func withoutTheRegistryLineTheProgrammeIsNowhere() async throws {
        let smp = try InProcessCLI()
        #expect(await !smp(["--help"]).stdout.contains("example-hub"))
        let unknown = await smp(["compare", "--programme", "example-hub"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown programme 'example-hub'"))
    }
}
