import CSV
import Foundation
import PublishedStatistics
import TestSupport
import Testing

/// The count-basis presets and the hotel view reproduce the Home Office's Asy_D11 figures for a
/// region and quarter, summed here straight from the published file by rules written out in full.
@Suite(.serialized) struct CountBasisTests {
    static let folder = try! RepositoryPaths.temporaryFolder()

    /// Asy_D11 rows of a region at a quarter end that `keep(support, accommodation)` accepts.
    static func published(region: String, on day: String, _ keep: (String, String) -> Bool) throws -> Int {
        let reader = try CSVReader(
            string: try String(contentsOf: BundledData.file("ho-local_authority_support.csv"), encoding: .utf8), hasHeaderRow: true)
        var total = 0
        while let row = reader.next() {
            if row[0] == day, row[4].lowercased() == region.lowercased(), keep(row[3], row[7].lowercased()) { total += Int(row[8]) ?? 0 }
        }
        return total
    }

    static let rules: [String: @Sendable (String, String) -> Bool] = [
        "s95-dispersed": { $0 == "Section 95" && $1 == "dispersal accommodation" },
        "s95-dispersed-plus-s4": { ($0 == "Section 95" && $1 == "dispersal accommodation") || $0 == "Section 4" },
        "all-dispersed": { $1 == "dispersal accommodation" },
        "s95": { s, _ in s == "Section 95" },
        "all-supported": { _, _ in true },
        "contingency": { $1.hasPrefix("contingency accommodation") },
        "s95:dispersal,initial+s4:contingency-hotel": {
            ($0 == "Section 95" && ["dispersal accommodation", "initial accommodation"].contains($1))
                || ($0 == "Section 4" && $1 == "contingency accommodation - hotel")
        },
    ]

    @Test(arguments: [("north-east", "North East", "2024-09-30"), ("east-midlands", "East Midlands", "2023-09-30")])
    func everyPresetReproducesTheHomeOfficeFigures(id: String, name: String, day: String) async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", Self.folder.appendingPathComponent("basis.sqlite").path]
        for (basis, rule) in Self.rules {
            let run = await smp(["dispersal", "status", "--region", id, "--as-of", day, "--basis", basis, "--format", "json"] + common)
            #expect(run.status == 0, "\(run.stderr)")
            let rows = try #require(try await run.json()["rows"] as? [[String: Any]])
            let total = rows.first { $0["LA"] as? String == "Region total" }?["count"] as? Int
            let ours = rows.filter { $0["LA"] as? String != "Region total" }.compactMap { $0["count"] as? Int }.reduce(0, +)
            #expect(total == ours, "the region total is the sum of its LAs")
            #expect(ours == (try Self.published(region: name, on: day, rule)), "\(id) \(day) \(basis)")
        }
        let hotels = await smp(["dispersal", "hotels", "--region", id, "--as-of", day, "--format", "json"] + common)
        #expect(hotels.status == 0, "\(hotels.stderr)")
        let sections = try #require(try await hotels.json()["sections"] as? [[String: Any]])
        let last = try #require((sections[0]["rows"] as? [[String: Any]])?.last)
        #expect(last["quarter end"] as? String == day)
        #expect(last["hotels"] as? Int == (try Self.published(region: name, on: day) { $1 == "contingency accommodation - hotel" }))
        #expect(last["other contingency"] as? Int == (try Self.published(region: name, on: day) { $1 == "contingency accommodation - other" }))
        #expect((last["hotels"] as? Int ?? 0) > 0, "the test quarter has hotel use to check")
    }

    @Test func aBasisThatIsNotOneIsRefusedSayingWhatIsWrong() async throws {
        let smp = try InProcessCLI()
        let run = await smp([
            "dispersal", "status", "--region", "north-east", "--basis", "s95:hotel", "--db", Self.folder.appendingPathComponent("bad.sqlite").path,
        ])
        #expect(run.status != 0)
        #expect(run.stderr.contains("'hotel' is not an accommodation type: use dispersal, initial, contingency-hotel"))
    }
}
