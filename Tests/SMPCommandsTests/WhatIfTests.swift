import Foundation
import TestSupport
import Testing

/// `smp what-if`: a hypothetical rule changes exactly the figures that depend on it, LA by LA,
/// beside today's; and a rule that is not one is refused with every problem named.
@Suite(.serialized) struct WhatIfTests {
    static let folder = try! RepositoryPaths.temporaryFolder()
    static var common: [String] { ["--regions", RepositoryPaths.regions.path, "--db", folder.appendingPathComponent("whatif.sqlite").path] }

    static func changes(_ run: InProcessCLI.Run) async throws -> [[String: Any]] {
        let sections = try #require(try await run.json()["sections"] as? [[String: Any]])
        return try #require(sections.first?["rows"] as? [[String: Any]])
    }

    @Test func aClusterLimitOfOneIn150RaisesEachLimitAndChangesOnlyTheVerdictsItShould() async throws {
        let smp = try InProcessCLI()
        let status = await smp(["dispersal", "status", "--region", "north-east", "--as-of", "2024-09-30", "--format", "json"] + Self.common)
        let las = try #require(try await status.json()["rows"] as? [[String: Any]]).filter { $0["LA"] as? String != "Region total" }
        let run = await smp(
            ["what-if", "--rule", "dispersal.cluster-ratio=150", "--region", "north-east", "--as-of", "2024-09-30", "--format", "json"] + Self.common)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try await Self.changes(run)
        for la in las {
            let name = try #require(la["LA"] as? String), code = try #require(la["code"] as? String)
            let population = try #require(la["population"] as? Int), count = try #require(la["count"] as? Int)
            let limit = try #require(rows.first { $0["row"] as? String == "\(name) \(code)" && $0["measure"] as? String == "limit" })
            #expect(limit["today's rules"] as? Int == population / 200)
            #expect(limit["what-if"] as? Int == population / 150)
            #expect(limit["change"] as? Int == population / 150 - population / 200)
            // A verdict is listed exactly when it changes.
            let verdict = rows.first { $0["row"] as? String == "\(name) \(code)" && $0["measure"] as? String == "status" }
            func status(_ limit: Int) -> String { count >= limit ? "over" : Double(count) >= Double(limit) * 0.9 ? "near" : "under" }
            #expect((verdict != nil) == (status(population / 200) != status(population / 150)), "\(name)")
        }
        let middlesbrough = rows.first { $0["row"] as? String == "Middlesbrough E06000002" && $0["measure"] as? String == "status" }
        #expect(middlesbrough?["today's rules"] as? String == "near" && middlesbrough?["what-if"] as? String == "under")
        #expect(run.stdout.contains("dispersal.cluster-ratio today = 200"))
    }

    @Test func theUASCThresholdAtItsOldRateShowsEachLAsThresholdUnderBoth() async throws {
        let smp = try InProcessCLI()
        let run = await smp(
            ["what-if", "--rule", "uasc-nts.threshold-rate=0.0007", "--region", "north-east", "--as-of", "2024-09-30", "--format", "json"]
                + Self.common)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try await Self.changes(run)
        let middlesbrough = rows.first { $0["row"] as? String == "Middlesbrough E06000002" && $0["measure"] as? String == "in force" }
        #expect(middlesbrough?["today's rules"] as? String == "32.79" && middlesbrough?["what-if"] as? String == "22.96")
        let total = rows.first { ($0["row"] as? String)?.hasPrefix("uasc-nts.threshold") == true }
        #expect(total?["today's rules"] as? Int == 532 && total?["what-if"] as? Int == 372)
    }

    @Test func everyProblemWithTheRulesIsNamedAndNothingRuns() async throws {
        let smp = try InProcessCLI()
        let run = await smp(["what-if", "--rule", "uasc-nts.threshold-rate=7", "--rule", "foo.bar=1", "--rule", "dispersal.nope=2"] + Self.common)
        #expect(run.status == 1)
        #expect(run.stderr.contains("uasc-nts.threshold-rate: 7 is out of range 0...0.01"))
        #expect(run.stderr.contains("no programme 'foo'"))
        #expect(run.stderr.contains("dispersal has no setting 'nope'; its settings: cluster-ratio"))
    }
}
