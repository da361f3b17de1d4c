import Foundation
import Reporting
import TestSupport
import Testing

/// Beside a plan under full dispersal, the region's allocation: what the module records, with its
/// source, against the people counted; or that no source gives it.
@Suite struct DispersalAllocationTests {
    @Test func thePlanShowsTheRecordedAllocationAgainstTheCountOrSaysItIsNotRecorded() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let regions = folder.appendingPathComponent("regions")
        try FileManager.default.createDirectory(at: regions, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: RepositoryPaths.regions.appendingPathComponent("north-east"), to: regions.appendingPathComponent("north-east"))
        let smp = try InProcessCLI()
        let common = ["--regions", regions.path, "--db", folder.appendingPathComponent("smp.sqlite").path, "--as-of", "2024-09-30"]

        let before = await smp(["dispersal", "plan", "--region", "north-east", "--arrivals", "10"] + common)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("Regional allocation under full dispersal: not recorded for North East Migration Partnership"))
        #expect(before.stdout.contains("no source the platform holds gives the figure"))

        // A synthetic allocation, labelled as such, recorded the way a module records a sourced setting.
        let yaml = regions.appendingPathComponent("north-east/region.yaml")
        var text = try String(contentsOf: yaml, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "  dispersal:\n    enabled: true\n",
            with: "  dispersal:\n    enabled: true\n    settings:\n      full-dispersal-allocation:\n        value: 1000\n        source: synthetic\n"
        )
        text += "  - id: synthetic\n    title: Synthetic test figure, not a real allocation\n"
        try text.write(to: yaml, atomically: true, encoding: .utf8)

        let status = await smp(["dispersal", "status", "--region", "north-east", "--format", "json"] + common)
        let total = try #require(try await status.json()["rows"] as? [[String: Any]]).last
        let counted = try #require(total?["count"] as? Int)
        let after = await smp(["dispersal", "plan", "--region", "north-east", "--arrivals", "10"] + common)
        #expect(after.status == 0, "\(after.stderr)")
        let gap = counted >= 1000 ? "\(NumberFormat.grouped(counted - 1000)) over it." : "\(NumberFormat.grouped(1000 - counted)) short of it"
        #expect(
            after.stdout.contains(
                "Regional allocation under full dispersal: 1,000 (synthetic); \(NumberFormat.grouped(counted)) counted in participating LAs at 2024-09-30, \(gap)"
            ),
            "\(after.stdout)")
    }
}
