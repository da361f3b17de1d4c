import Foundation
import TestSupport
import Testing

/// One module's errors stay in that module, and a draft stays out of the comparison and reports.
@Suite(.serialized) struct RegionIsolationTests {
    static let folder = try! RepositoryPaths.temporaryFolder()

    /// The repository's modules, with south-west broken (no short name) and north-east a draft.
    static func regions() throws -> URL {
        let regions = folder.appendingPathComponent("regions")
        if FileManager.default.fileExists(atPath: regions.path) { return regions }
        try FileManager.default.copyItem(at: RepositoryPaths.regions, to: regions)
        func edit(_ id: String, _ change: (String) -> String) throws {
            let yaml = regions.appendingPathComponent("\(id)/region.yaml")
            try change(try String(contentsOf: yaml, encoding: .utf8)).write(to: yaml, atomically: true, encoding: .utf8)
        }
        try edit("south-west") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("short-name:") }.joined(separator: "\n")
        }
        try edit("north-east") { $0.replacingOccurrences(of: "programmes:\n", with: "status: draft\nprogrammes:\n") }
        return regions
    }

    @Test func aBrokenModuleIsLeftOutWithAWarningAndADraftStaysOutOfReports() async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", try Self.regions().path, "--db", Self.folder.appendingPathComponent("smp.sqlite").path]

        let other = await smp(["dispersal", "status", "--region", "east-midlands", "--as-of", "2019-06-30"] + common)
        #expect(other.status == 0, "\(other.stderr)")
        #expect(!other.stderr.contains("south-west"), "a command about one region reads only its module")
        let all = await smp(["regions"] + common.prefix(2))
        #expect(all.stderr.contains("warning: region module south-west/ has 1 error(s) and is left out; 'smp validate' lists them"))

        let broken = await smp(["dispersal", "status", "--region", "south-west"] + common)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("short-name: required field is missing"))
        #expect(broken.stderr.contains("region module south-west/ has 1 error(s): fix them (smp validate) to use it"))

        let draft = await smp(["dispersal", "status", "--region", "north-east", "--as-of", "2019-06-30"] + common)
        #expect(draft.status == 0, "a draft can be looked at while it is onboarded: \(draft.stderr)")
        let report = await smp(["report", "--region", "north-east"] + common)
        #expect(report.status == 1 && report.stderr.contains("north-east is a draft module"))

        let compare = await smp(["compare", "--programme", "dispersal", "--as-of", "2019-06-30", "--format", "json"] + common)
        #expect(compare.status == 0, "\(compare.stderr)")
        let json = try await compare.json()
        let columns = try #require(json["columns"] as? [String])
        #expect(columns.contains("east-midlands") && columns.contains("south-east"))
        // A draft or broken module is left out: its region is shown from published data alone, as "no module".
        let coverage = try #require((json["rows"] as? [[String: Any]])?.first { $0["indicator"] as? String == "coverage" })
        #expect(coverage["north-east"] as? String == "no module" && coverage["south-west"] as? String == "no module")
        #expect(coverage["east-midlands"] as? String == "SMP module")
        #expect(
            (json["notes"] as? [String])?.contains(
                "Draft modules left out until made active (status: active); their regions are shown from published data alone: north-east.")
                == true)

        let validate = await smp(["validate", try Self.regions().path])
        #expect(validate.status == 1)
    }
}
