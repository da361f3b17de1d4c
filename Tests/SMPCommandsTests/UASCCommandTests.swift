import CSV
import Foundation
import PartnershipCore
import PublishedStatistics
import TestSupport
import Testing

/// `smp uasc` from the command line for every founding region, on real population and NTS_01 data
/// plus seeded synthetic local records; and `compare` showing NTS_01 transfers for every quarter.
@Suite(.serialized) struct UASCCommandTests {
    static let folder = try! RepositoryPaths.temporaryFolder()
    static var common: [String] { ["--regions", RepositoryPaths.regions.path, "--db", folder.appendingPathComponent("smp.sqlite").path] }
    static let regions = ["east-midlands": "East Midlands", "north-east": "North East", "south-east": "South East", "south-west": "South West"]

    @Test(arguments: StoreEngine.available)
    func everyCommandWorksForEveryRegionOnSyntheticRecords(engine: StoreEngine) async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", engine.databaseArgument(in: Self.folder)]
        for id in Self.regions.keys.sorted() {
            let out = Self.folder.appendingPathComponent("synthetic").path
            let written = await smp(["uasc", "synthetic", "--region", id, "--out", out, "--seed", "11", "--regions", RepositoryPaths.regions.path])
            #expect(written.status == 0, "\(written.stderr)")
            let care = await smp(["uasc", "care", "import", "--region", id, "\(out)/\(id)-uasc-in-care.synthetic.csv"] + common)
            #expect(care.status == 0, "\(care.stderr)")
            let requests = await smp(["uasc", "request", "import", "--region", id, "\(out)/\(id)-uasc-requests.synthetic.csv"] + common)
            #expect(requests.status == 0, "\(requests.stderr)")
            #expect(requests.stdout.contains("Imported 40 transfer requests (38 transferred, 2 open)"))
            // A second import replaces rather than doubles.
            let again = await smp(["uasc", "request", "import", "--region", id, "\(out)/\(id)-uasc-requests.synthetic.csv"] + common)
            #expect(again.stdout.contains("replaced 40 recorded earlier"))

            let status = await smp(["uasc", "status", "--region", id, "--as-of", "2025-09-30", "--format", "json"] + common)
            #expect(status.status == 0, "\(status.stderr)")
            let rows = try #require(try await status.json()["rows"] as? [[String: Any]])
            #expect(!rows.isEmpty && rows.allSatisfy { $0["UASC in care"] is Int && $0["status"] is String })
            #expect(status.stdout.contains("SYNTHETIC"))

            for command in [["next"], ["timeliness"], ["funding"], ["transfers"], ["request", "list"], ["care", "list"]] {
                let run = await smp(["uasc"] + command + ["--region", id] + common)
                #expect(run.status == 0, "\(command) \(id): \(run.stderr)")
            }
            let next = await smp(["uasc", "next", "--region", id, "--as-of", "2025-09-30"] + common)
            #expect(next.stdout.contains("Next receiving LA: ") || next.stdout.contains("No LA on the rota can receive"))
        }
        let north = await smp(["uasc", "status", "--region", "north-east", "--as-of", "2025-09-30"] + common)
        #expect(north.stdout.contains("Middlesbrough         E06000002         32,794     22.96    32.79"))
    }

    /// The published regional totals (`*Total <region>` rows of NTS_01) for each quarter.
    static func publishedTotals() throws -> [String: [String: (into: Int, out: Int)]] {
        let reader = try CSVReader(string: try String(contentsOf: BundledData.file("ho-nts.csv"), encoding: .utf8), hasHeaderRow: true)
        var totals: [String: [String: (into: Int, out: Int)]] = [:]
        while let row = reader.next() {
            guard row.count >= 9, row[3].hasPrefix("*Total "), let out = Int(row[6]), let into = Int(row[7]) else { continue }
            totals[row[0], default: [:]][String(row[3].dropFirst(7))] = (into, out)
        }
        return totals
    }

    @Test func compareShowsNTS01TransfersForEveryRegionAndQuarter() async throws {
        let smp = try InProcessCLI()
        let totals = try Self.publishedTotals()
        #expect(totals.count == 29)
        for quarter in totals.keys.sorted() {
            let compare = await smp(["compare", "--programme", "uasc-nts", "--as-of", quarter, "--format", "json"] + Self.common)
            #expect(compare.status == 0, "\(compare.stderr)")
            let rows = try #require(try await compare.json()["rows"] as? [[String: Any]])
            func row(_ id: String) -> [String: Any] { rows.first { $0["indicator"] as? String == id } ?? [:] }
            // Every English region and Wales: the four modules, and the rest computed from NTS_01 alone.
            for name in EnglishRegion.all.map(\.name) + ["Wales"] {
                let id = NationalAreas.id(for: name)
                let published = try #require(totals[quarter]?[name])
                for (indicator, expected) in [("uasc-nts.transfers-in", published.into), ("uasc-nts.transfers-out", published.out)] {
                    let cell = row(indicator)[id]
                    if (1...4).contains(expected) {
                        #expect(cell is NSNull || cell as? Int == expected, "\(indicator) \(id) \(quarter)")
                    } else {
                        #expect(cell as? Int == expected, "\(indicator) \(id) \(quarter): \(String(describing: cell))")
                    }
                }
            }
        }
        let before = await smp(["compare", "--programme", "uasc-nts", "--as-of", "2016-08-01", "--format", "json"] + Self.common)
        #expect(before.stdout.contains("is before NTS_01's first quarter (2016-09-30); the imported table covers 2016-09-30 to 2023-09-30"))
    }
}
