import Foundation
import TestSupport
import Testing

/// `smp dispersal` end to end on a fresh store (first run loads the bundled tables).
@Suite(.serialized) struct DispersalCLITests {
    let cli = CLITests()
    static let folder = try! RepositoryPaths.temporaryFolder()
    var db: String { Self.folder.appendingPathComponent("smp.sqlite").path }

    @Test func statusCarriesSourcesAndTheBasisInEveryFormat() async throws {
        let json = try await cli.smp(["dispersal", "status", "--region", "north-east", "--as-of", "2019-06-30", "--format", "json", "--db", db])
        #expect(json.status == 0, "\(json.stderr)")
        let payload = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let rows = payload["rows"] as! [[String: Any]]
        let mbro = try #require(rows.first { $0["code"] as? String == "E06000002" })
        #expect(mbro["limit"] as? Int == 704 && mbro["count"] as? Int == 686 && mbro["status"] as? String == "near")
        // County Durham: nothing declares its participation and nobody was in dispersal accommodation: unknown, not "none placed".
        #expect(rows.first { $0["code"] as? String == "E06000047" }?["status"] as? String == "participation unknown")
        let notes = payload["notes"] as! [String]
        #expect(notes.contains { $0.contains("Home Office Asy_D11") && $0.contains("2019-06-30") })
        #expect(notes.contains { $0.contains("Section 95 in dispersal accommodation + Section 4") })
        #expect(
            notes.contains {
                $0.hasPrefix("Limit and headroom cover the 11 participating LAs")
                    && $0.contains("participation unknown (nothing declares it): County Durham")
            })
        let notesFile = Self.folder.appendingPathComponent("status-notes.txt").path
        let csv = try await cli.smp([
            "dispersal", "status", "--region", "north-east", "--as-of", "2019-06-30", "--basis", "all-supported", "--format", "csv", "--notes",
            notesFile,
            "--db", db,
        ])
        #expect(csv.stdout.contains("Middlesbrough,E06000002,140980,704,718,"))
        #expect(csv.stdout.contains(",over,"))
        // CSV holds data only; its notes (sources, basis) go to the notes file.
        #expect(!csv.stdout.contains("#") && !csv.stdout.contains("Count basis"))
        #expect(try String(contentsOfFile: notesFile, encoding: .utf8).contains("Count basis: all-supported: Section 95 (all accommodation)"))
    }

    @Test func planNamesTheShortfallAndTrendFindsTheCrossing() async throws {
        let plan = try await cli.smp(["dispersal", "plan", "--region", "north-east", "--as-of", "2019-06-30", "--arrivals", "100000", "--db", db])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("100000 arrivals exceed the total headroom of"))
        #expect(plan.stdout.contains("proportional to remaining headroom, largest remainder rounding"))
        let trend = try await cli.smp([
            "dispersal", "trend", "--region", "north-east", "--la", "Middlesbrough", "--basis", "all-supported", "--db", db,
        ])
        #expect(trend.status == 0, "\(trend.stderr)")
        #expect(trend.stdout.contains("2014-03-31") && trend.stdout.contains("2024-09-30"))
        #expect(
            trend.stdout.contains(
                "Middlesbrough was at or over its limit in the quarters ending 2014-03-31 to 2016-06-30; 2018-12-31 to 2019-06-30; 2023-06-30 to 2023-09-30;"
                    + " it was already over at the first imported quarter (2014-03-31); it crossed the limit in the quarter(s) ending 2018-12-31, 2023-06-30."
            ))
        #expect(trend.stdout.contains("quarter end  count  limit"))
        #expect(trend.stdout.contains("  change"))
        let widening = try await cli.smp(["dispersal", "widening", "--region", "north-east", "--as-of", "2019-06-30", "--db", db])
        #expect(widening.stdout.contains("County Durham"))
        let unknown = try await cli.smp(["dispersal", "status", "--region", "north-eest", "--db", db])
        #expect(unknown.status == 1 && unknown.stderr.contains("Did you mean 'north-east'?"))
    }
}
