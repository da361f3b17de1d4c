import Foundation
import TestSupport
import Testing

/// `smp dispersal outlook` for every founding region on both engines, as of today and as of a past
/// quarter (from the data up to then only), and `smp bench outlook` scoring both rules.
@Suite(.serialized) struct OutlookCommandTests {
    static let folder = try! RepositoryPaths.temporaryFolder()

    @Test(arguments: StoreEngine.available)
    func theOutlookWorksForEveryRegion(engine: StoreEngine) async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", engine.databaseArgument(in: Self.folder)]
        for region in ["east-midlands", "north-east", "south-east", "south-west"] {
            for asOf in ["2024-09-30", "2019-06-30"] {
                let run = await smp(["dispersal", "outlook", "--region", region, "--as-of", asOf, "--format", "json"] + common)
                #expect(run.status == 0, "\(region) \(asOf): \(run.stderr)")
                let json = try await run.json()
                let rows = try #require(json["rows"] as? [[String: Any]])
                #expect(!rows.isEmpty)
                #expect(
                    rows.allSatisfy { row in
                        (row["why"] as? String)?.contains("headroom") == true || (row["why"] as? String)?.contains("over the line") == true
                    })
                #expect((json["title"] as? String)?.contains("outlook from \(asOf)") == true)
                #expect((json["notes"] as? [String])?.contains { $0.contains("quarters up to \(asOf) only") } == true)
            }
        }
        // The forecast made at 2019-06-30 is for the two quarter ends after it.
        let past = await smp(["dispersal", "outlook", "--region", "north-east", "--as-of", "2019-06-30", "--format", "json"] + common)
        let columns = try #require(try await past.json()["columns"] as? [String])
        #expect(columns.contains("expected 2019-09-30") && columns.contains("expected 2019-12-31"))
    }

    @Test func theBacktestScoresTheMethodAndTheNaiveRuleInOneRun() async throws {
        let smp = try InProcessCLI()
        let run = await smp(["bench", "outlook", "--db", Self.folder.appendingPathComponent("bench.sqlite").path])
        #expect(run.status == 0, "\(run.stderr)")
        for heading in ["limit, test, origins 2020 on:", "near (90%), test, origins 2020 on:", "limit, tuning, outcomes to 2019:"] {
            #expect(run.stdout.contains(heading))
        }
        #expect(run.stdout.components(separatedBy: "damped trend: ").count == 5 && run.stdout.components(separatedBy: "naive rule:").count == 5)
    }
}
