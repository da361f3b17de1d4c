import CSV
import Foundation
import PartnershipCore
import PublishedStatistics
import TestSupport
import Testing

/// `smp compare` as a national reader uses it: every English region, Wales, Scotland, Northern
/// Ireland and the UK, each figure with its own source and data date, regions without a module
/// computed from the Home Office data alone, and checked against the published files read here
/// independently of the importers.
@Suite(.serialized) struct NationalComparisonTests {
    static let folder = try! RepositoryPaths.temporaryFolder()
    static let expectedColumns = [
        "north-east", "north-west", "yorkshire-and-the-humber", "east-midlands", "west-midlands", "east-of-england", "london", "south-east",
        "south-west", "wales", "scotland", "northern-ireland", "united-kingdom",
    ]

    /// Sums a bundled Home Office CSV's last column over the rows `keep` accepts.
    static func sum(_ file: String, _ keep: ([String]) -> Bool) throws -> Int {
        let reader = try CSVReader(string: try String(contentsOf: BundledData.file(file), encoding: .utf8), hasHeaderRow: true)
        var total = 0
        while let row = reader.next() {
            if keep(row) { total += Int(row[row.count - 1]) ?? 0 }
        }
        return total
    }

    @Test(arguments: StoreEngine.available)
    func everyRegionAndNationIsComparedWithEachFigureSourcedAndDated(engine: StoreEngine) async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", engine.databaseArgument(in: Self.folder)]
        let run = await smp(["compare", "--as-of", "2024-09-30", "--format", "json"] + common)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try await run.json()
        #expect(json["columns"] as? [String] == ["indicator", "title"] + Self.expectedColumns)
        let rows = try #require(json["rows"] as? [[String: Any]])
        func row(_ id: String) throws -> [String: Any] { try #require(rows.first { $0["indicator"] as? String == id }) }
        let coverage = try row("coverage")
        for id in Self.expectedColumns {
            let module = ["north-east", "east-midlands", "south-east", "south-west"].contains(id)
            #expect(coverage[id] as? String == (module ? "SMP module" : "no module"), "\(id)")
        }
        // Every figure carries its own source and data date; every blank says why.
        for row in rows.dropFirst() {
            let details = row["details"] as? [String: [String: String]] ?? [:]
            for id in Self.expectedColumns {
                if row[id] is NSNull {
                    #expect(details[id]?["reason"]?.isEmpty == false, "\(row["indicator"] ?? "") \(id) is blank without a reason")
                } else if row[id] is Int || row[id] is Double {
                    #expect(details[id]?["source"] != nil, "\(row["indicator"] ?? "") \(id) has no source")
                    if (row["indicator"] as? String)?.hasSuffix(".target") == false {
                        #expect(details[id]?["asOf"] != nil, "\(row["indicator"] ?? "") \(id) has no data date")
                    }
                }
            }
        }
        // Yorkshire and the Humber has no module: its VPRS arrivals come from Res_D01 alone.
        let yorkshire = try Self.sum("ho-local_authority_resettlement.csv") { row in
            row[3].lowercased() == "yorkshire and the humber" && row[6] == "Vulnerable Persons Resettlement Scheme" && row[0] <= "2024-09-30"
        }
        #expect(try row("vprs.arrived")["yorkshire-and-the-humber"] as? Int == yorkshire)
        #expect((try row("vprs.arrived")["details"] as? [String: [String: String]])?["yorkshire-and-the-humber"]?["asOf"] == "2024-09-30")
        // Scotland: people supported come from Asy_D11's Scottish rows; no population is held, so no limit.
        let scotland = try Self.sum("ho-local_authority_support.csv") { row in
            row[0] == "2024-09-30" && row[4] == "Scotland"
                && ((row[3] == "Section 95" && row[7] == "Dispersal Accommodation") || row[3] == "Section 4")
        }
        #expect(try row("dispersal.supported")["scotland"] as? Int == scotland)
        #expect(try row("dispersal.limit")["scotland"] is NSNull)
        let reason = (try row("dispersal.limit")["details"] as? [String: [String: String]])?["scotland"]?["reason"]
        #expect(reason?.contains("no ONS population estimate is held for Scotland") == true)
        // Targets say their year.
        let target = (try row("vprs.target")["details"] as? [String: [String: String]])?["east-midlands"]
        #expect(target?["period"] == "for 2017-18")
    }

    /// The comparison reads no business plan or finance statement (no indicator uses them): one
    /// that does not parse leaves the region in the comparison, and `smp validate` still names it.
    @Test func theComparisonReadsNoBusinessPlan() async throws {
        let smp = try InProcessCLI()
        let regions = try RepositoryPaths.temporaryFolder().appendingPathComponent("regions")
        try FileManager.default.copyItem(at: RepositoryPaths.regions, to: regions)
        try "year: [unclosed\n".write(to: regions.appendingPathComponent("east-midlands/plan-2018-19.yaml"), atomically: true, encoding: .utf8)
        let db = ["--db", Self.folder.appendingPathComponent("plans.sqlite").path]
        let compare = await smp(["compare", "--as-of", "2024-09-30", "--format", "json", "--regions", regions.path] + db)
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(!compare.stderr.contains("left out"))
        let coverage = (try await compare.json()["rows"] as? [[String: Any]])?.first { $0["indicator"] as? String == "coverage" }
        #expect(coverage?["east-midlands"] as? String == "SMP module")
        let validate = await smp(["validate", "--regions", regions.path])
        #expect(validate.status != 0)
        #expect((validate.stdout + validate.stderr).contains("plan-2018-19.yaml"))
    }

    @Test func regionsAndIndicatorsAreChosenAndUnknownOnesNamed() async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", Self.folder.appendingPathComponent("choose.sqlite").path]
        let chosen = await smp(["compare", "--region", "wales", "north-east", "--indicator", "dispersal.supported", "--format", "json"] + common)
        #expect(chosen.status == 0, "\(chosen.stderr)")
        let json = try await chosen.json()
        #expect(json["columns"] as? [String] == ["indicator", "title", "north-east", "wales"])
        #expect((json["rows"] as? [[String: Any]])?.map { $0["indicator"] as? String } == ["coverage", "dispersal.supported"])

        let table = await smp(["compare", "--region", "east-midlands", "--programme", "vprs", "--as-of", "2024-09-30"] + common)
        #expect(table.stdout.contains("270 (for 2017-18) [1]"))
        #expect(table.stdout.contains("[1] target 2017-18"))

        let unknown = await smp(["compare", "--region", "atlantis", "--indicator", "dispersal.nothing"] + common)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no indicator dispersal.nothing"))
        let region = await smp(["compare", "--region", "atlantis"] + common)
        #expect(region.stderr.contains("no region atlantis; choose from: north-east, north-west"))
    }
}

extension NationalComparisonTests {
    @Test func subRegionsAreComparedWithinTheirRegionWithEachShare() async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", Self.folder.appendingPathComponent("sub.sqlite").path]
        let run = await smp(
            ["compare", "--region", "north-east", "--by", "sub-region", "--programme", "dispersal", "--as-of", "2015-03-31", "--format", "json"]
                + common)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try await run.json()
        #expect(
            json["columns"] as? [String] == [
                "indicator", "title", "north-east/county-durham", "north-east/tees-valley", "north-east/tyne-and-wear", "north-east/northumberland",
                "north-east",
            ])
        let rows = try #require(json["rows"] as? [[String: Any]])
        // The Tees Valley's share, summed here from Asy_D11 for its five councils (seed-003 says 60% in early 2015).
        let tees = ["Darlington", "Hartlepool", "Middlesbrough", "Redcar and Cleveland", "Stockton-on-Tees"]
        func people(_ keep: @escaping ([String]) -> Bool) throws -> Int {
            try Self.sum("ho-local_authority_support.csv") { row in
                row[0] == "2015-03-31" && ((row[3] == "Section 95" && row[7] == "Dispersal Accommodation") || row[3] == "Section 4") && keep(row)
            }
        }
        let teesCount = try people { tees.contains($0[5]) }, region = try people { $0[4] == "North East" }
        let share = try #require(rows.first { $0["indicator"] as? String == "dispersal.supported share" }?["north-east/tees-valley"] as? Double)
        #expect(abs(share - (Double(teesCount) / Double(region) * 100)) < 0.05)
        let one = await smp(["compare", "--by", "sub-region"] + common)
        #expect(one.status == 1 && one.stderr.contains("give exactly one --region"))
    }

    @Test func aPartnershipsOwnFigureBesideTheHomeOfficesIsFlaggedWhereTheyDiffer() async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", Self.folder.appendingPathComponent("own.sqlite").path]
        let run = await smp(["compare", "--programme", "vprs", "--region", "east-midlands", "north-east", "--format", "json"] + common)
        let rows = try #require(try await run.json()["rows"] as? [[String: Any]])
        let own = try #require(rows.first { $0["indicator"] as? String == "vprs.arrived (own)" })
        let details = try #require(own["details"] as? [String: [String: String]])
        // East Midlands' 2018/19 plan says 151 resettled; Res_D01 has 499 by 31 March 2018.
        #expect(own["east-midlands"] as? Int == 151)
        #expect(details["east-midlands"]?["period"] == "DIFFERS: the platform's figure for 2018-04-30 is 499")
        #expect(details["east-midlands"]?["source"]?.contains("seed-004") == true)
        #expect(own["north-east"] as? Int == 468)
        #expect(details["north-east"]?["period"] == "the platform's figure for 2016-12-31 is the same")
    }

}
