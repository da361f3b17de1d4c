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

    /// A copy of one founding module under a temporary `regions/`, with its two files' lines.
    static func copy(_ id: String) throws -> (regions: URL, yaml: URL, csv: URL, lines: [String]) {
        let regions = try RepositoryPaths.temporaryFolder().appendingPathComponent("regions")
        try FileManager.default.createDirectory(at: regions, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.regions.appendingPathComponent(id), to: regions.appendingPathComponent(id))
        let csv = regions.appendingPathComponent("\(id)/local-authorities.csv")
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").map(String.init)
        return (regions, regions.appendingPathComponent("\(id)/region.yaml"), csv, lines)
    }

    @Test func aCountyWithDistrictsLeftOutIsOneErrorOnItsRowAndADistrictNamesItsONSCounty() async throws {
        var (regions, _, csv, lines) = try Self.copy("south-east")
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        lines.removeAll { $0.hasPrefix("E07000105,") || $0.hasPrefix("E07000106,") }  // Ashford and Canterbury, Kent
        let dartford = try #require(lines.firstIndex { $0.hasPrefix("E07000107,") })
        lines[dartford] = lines[dartford].replacingOccurrences(of: ",E10000016,", with: ",E10000030,")  // Surrey's code
        try (lines.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)
        let kentLine = try #require(lines.firstIndex { $0.hasPrefix("E10000016,") }) + 1

        let run = await (try InProcessCLI())(["validate", regions.path])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "local-authorities.csv:\(kentLine): error: row \(kentLine - 1), ons_code: county Kent (E10000016) is incomplete: 2 of its 12 districts "
                    + "are not listed: Ashford (E07000105), Canterbury (E07000106)"))
        #expect(!run.stderr.contains("(Ashford) is an LA of South East"))  // no follow-on error per district
        #expect(
            run.stderr.contains(
                "local-authorities.csv:\(dartford + 1): error: row \(dartford), parent_code: E07000107 (Dartford) is a district of Kent (E10000016) "
                    + "in the ONS lookup, not of E10000030"))
        #expect(run.stderr.contains("2 error(s)"))
    }

    @Test func aCountyAbolishedSince2019IsAnErrorNamingItsSuccessors() async throws {
        var (regions, _, csv, lines) = try Self.copy("east-midlands")
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        lines.append("E10000021,Northamptonshire,county,,,753278,171681,ONS MYE 2019,ONS mid-2019 (utla19),n/a,")
        try (lines.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)
        let run = await (try InProcessCLI())(["validate", regions.path])
        #expect(
            run.stderr.contains(
                "county E10000021 (Northamptonshire) was abolished on 2021-04-01; its area is now North Northamptonshire (E06000061) "
                    + "and West Northamptonshire (E06000062)"))
    }

    @Test func anLALeftOutOnPurposeIsListedUnderExcludedWithItsReason() async throws {
        var (regions, yaml, csv, lines) = try Self.copy("south-west")
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        lines.removeAll { $0.hasPrefix("E06000030,") }  // Swindon
        try (lines.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)
        let smp = try InProcessCLI()
        #expect(
            await smp(["validate", regions.path]).stderr.contains(
                "E06000030 (Swindon) is an LA of South West at today's boundaries but is not listed"))

        let original = try String(contentsOf: yaml, encoding: .utf8)
        let excluded = "\nexcluded:\n  - ons-code: E06000030\n    name: Swindon\n    reason: \"Test fixture: covered by another partnership\"\n"
        try (original + excluded).write(to: yaml, atomically: true, encoding: .utf8)
        let valid = await smp(["validate", regions.path])
        #expect(valid.status == 0, "\(valid.stderr)")

        // Excluded and listed at once, and an LA of another region excluded: errors in region.yaml.
        try (original + "\nexcluded:\n  - ons-code: E06000023\n    reason: test\n  - ons-code: E06000002\n    reason: test\n")
            .write(to: yaml, atomically: true, encoding: .utf8)
        let run = await smp(["validate", regions.path])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "region.yaml:\(original.split(separator: "\n", omittingEmptySubsequences: false).count + 2): error: excluded: E06000023 is listed"))
        #expect(run.stderr.contains("E06000002 (Middlesbrough) is in North East (E12000001), not in this module's region South West"))
    }

    @Test func aYAMLSyntaxErrorGetsAHintAndNoFollowOnErrors() async throws {
        let (regions, yaml, _, _) = try Self.copy("north-east")
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        var text = try String(contentsOf: yaml, encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("lead-organisation:") }) + 1
        text = text.replacingOccurrences(of: "lead-organisation: Middlesbrough Council", with: "lead-organisation: Middlesbrough Council: NEMP host")
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        let run = await (try InProcessCLI())(["validate", regions.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("region.yaml:\(line): error: YAML syntax error: mapping values are not allowed"))
        #expect(run.stderr.contains("a value that contains ': ' must be quoted: lead-organisation: \"Middlesbrough Council: NEMP host"))
        #expect(run.stderr.contains("1 error(s)"))
    }
}
