import CSV
import Foundation
import PartnershipCore
import PublishedStatistics
import TestSupport
import Testing

/// `smp region new --ons-region` fills a draft module's LAs from the bundled ONS data: every
/// region onboards with only the blanks ONS cannot know, and the four founding modules come out
/// as they are.
@Suite struct RegionOnboardingTests {
    static let founding = ["north-east": "E12000001", "east-midlands": "E12000004", "south-east": "E12000008", "south-west": "E12000009"]
    static let unmodelled = [
        "north-west": "E12000002", "yorkshire-and-humber": "E12000003", "west-midlands": "E12000005", "east-of-england": "E12000006",
        "london": "E12000007", "wales": "W92000004",
    ]

    /// A regions folder holding only the template.
    static func emptyRegions() throws -> URL {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("regions")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: RepositoryPaths.regions.appendingPathComponent("_template"), to: folder.appendingPathComponent("_template"))
        return folder
    }

    static func rows(_ file: URL) throws -> [[String]] {
        let reader = try CSVReader(string: try String(contentsOf: file, encoding: .utf8), hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test(arguments: founding.sorted { $0.key < $1.key })
    func theFoundingModulesComeOutAsTheyAreInEveryONSColumn(id: String, code: String) async throws {
        let regions = try Self.emptyRegions()
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let run = await (try InProcessCLI())(["region", "new", "--id", id, "--name", "Test", "--ons-region", code, "--regions", regions.path])
        #expect(run.status == 0, "\(run.stderr)")
        let generated = try Self.rows(regions.appendingPathComponent("\(id)/local-authorities.csv"))
        let module = try Self.rows(RepositoryPaths.regions.appendingPathComponent("\(id)/local-authorities.csv"))
        // Code to population source: everything but what a partnership declares (its sub-regions, participation).
        let ons = [0, 1, 2, 3, 5, 6, 7, 8]
        #expect(generated.map { row in ons.map { row[$0] } } == module.map { row in ons.map { row[$0] } })
        #expect(generated.allSatisfy { $0[9] == ($0[2] == "county" ? "n/a" : "unknown") && $0[10].isEmpty })
    }

    @Test(arguments: unmodelled.sorted { $0.key < $1.key })
    func everyOtherRegionOnboardsWithOnlyTheBlanksONSCannotKnow(id: String, code: String) async throws {
        let regions = try Self.emptyRegions()
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let smp = try InProcessCLI()
        let created = await smp(["region", "new", "--id", id, "--name", "Test partnership", "--ons-region", code, "--regions", regions.path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("as a draft"))

        let validated = await smp(["validate", regions.appendingPathComponent(id).path, "--format", "json"])
        let diagnostics = try #require(try await validated.json()["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 4)
        #expect(diagnostics.allSatisfy { ($0["file"] as? String)?.hasSuffix("region.yaml") == true && $0["line"] is Int })
        #expect(
            Set(diagnostics.compactMap { $0["field"] as? String }) == ["short-name", "lead-organisation", "established", "governance.board.name"])

        // Residents equal the ONS sum over the region's April 2019 LAs (England: the ONS region lookup).
        let rows = try Self.rows(regions.appendingPathComponent("\(id)/local-authorities.csv"))
        let listed = rows.filter { $0[2] != "county" }.reduce(0) { $0 + Int($1[5])! }
        let region = ONSCode(code)!
        let directory = LocalAuthorityDirectory.bundled
        let expected = ONSMidYear2019.bundled.estimates.filter { code, _ in
            region.entity == "W92" ? code.entity == "W06" : code.entity != "E10" && directory.region(of: code)?.code == region
        }.reduce(0) { $0 + $1.value.total }
        #expect(listed == expected)
        #expect(listed > 0)
    }

    @Test func northYorkshireIsSummedFromItsSevenDistrictsAndLabelledSo() async throws {
        let rows = try ONSRegionListing().rows(for: ONSCode("E12000003")!)
        let northYorkshire = try #require(rows.first { $0.code == ONSCode("E06000065") })
        let parts = ["E07000163", "E07000164", "E07000165", "E07000166", "E07000167", "E07000168", "E07000169"]
        #expect(northYorkshire.population == parts.reduce(0) { $0 + ONSMidYear2019.bundled[ONSCode($1)!]!.total })
        #expect(northYorkshire.vintage == ONSRegionListing.aggregatedVintage)
        #expect(northYorkshire.source.hasSuffix("sum of \(parts.joined(separator: " + ")) (successor from 2023-04-01)"))
        #expect(!rows.contains { $0.code == ONSCode("E10000023") })  // the abolished county is not listed
    }

    @Test func aRegionTheBundledFilesDoNotCoverIsRefusedWithTheCodesThatWork() async throws {
        let regions = try Self.emptyRegions()
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let run = await (try InProcessCLI())([
            "region", "new", "--id", "scotland", "--name", "X", "--ons-region", "S92000003", "--regions", regions.path,
        ])
        #expect(run.status != 0)
        #expect(run.stderr.contains("S92000003 is not a region the bundled ONS files cover"))
        #expect(run.stderr.contains("E12000003 Yorkshire and The Humber"))
        #expect(!FileManager.default.fileExists(atPath: regions.appendingPathComponent("scotland").path))
    }
}
