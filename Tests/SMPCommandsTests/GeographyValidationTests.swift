import Foundation
import TestSupport
import Testing

/// `smp validate` checks each module's LAs against the bundled ONS lookups, with today's boundaries.
@Suite struct GeographyValidationTests {
    @Test func unknownCodesLAsOfAnotherRegionAndMissingLAsAreErrorsWithTheirRows() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let regions = folder.appendingPathComponent("regions")
        try FileManager.default.createDirectory(at: regions, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: RepositoryPaths.regions.appendingPathComponent("south-west"), to: regions.appendingPathComponent("south-west"))
        let file = regions.appendingPathComponent("south-west/local-authorities.csv")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        let middlesbrough = try #require(
            try String(contentsOf: RepositoryPaths.regions.appendingPathComponent("north-east/local-authorities.csv"), encoding: .utf8)
                .split(separator: "\n").first { $0.hasPrefix("E06000002,") })
        lines.removeAll { $0.hasPrefix("E06000030,") }  // Swindon left out
        let wiltshire = try #require(lines.firstIndex { $0.hasPrefix("E06000054,") })
        lines[wiltshire] = "E06000099" + lines[wiltshire].dropFirst("E06000054".count)  // a code ONS never issued
        lines.append(String(middlesbrough))
        let bristol = try #require(lines.firstIndex { $0.hasPrefix("E06000023,") })
        lines[bristol] = lines[bristol].replacingOccurrences(of: ",463377,", with: ",463000,")  // not the ONS figure it claims to be
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)

        let smp = try InProcessCLI()
        let run = await smp(["validate", regions.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("E06000099 (Wiltshire) is not an LA code in the ONS lookups at today's boundaries"))
        #expect(run.stderr.contains("E06000002 (Middlesbrough) is in North East (E12000001), not in this module's region South West (E12000009)"))
        #expect(run.stderr.contains("E06000030 (Swindon) is an LA of South West at today's boundaries but is not listed"))
        #expect(run.stderr.contains("regions/south-west/local-authorities.csv:\(lines.count): error: row \(lines.count - 1), ons_code: E06000002"))
        #expect(
            run.stderr.contains(
                "population: E06000023 (Bristol, City of): 463000 residents and 94136 children, but ONS MYE 2019 gives 463377 and 94136"))
    }
}
