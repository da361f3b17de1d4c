import Foundation
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import TestSupport
import Testing

/// Res_D01, NTS_01, NRM and ONS MYE imports against the real files shipped with the project.
@Suite struct PublishedTablesTests {
    static let schema = try! PublishedSchema.schema()

    static func imported(_ file: String, as table: any PublishedTable, into store: any SQLStore) async throws -> ImportVintage {
        guard case .imported(let vintage, _, _) = try await TableImporter(store: store).importFile(RepositoryPaths.dataFile(file), as: table) else {
            throw CancellationError()
        }
        return vintage
    }

    @Test(arguments: StoreEngine.available)
    func vprsArrivalsSumTo20319(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let vintage = try await Self.imported("ho-local_authority_resettlement.csv", as: ResettlementTable(), into: store)
        #expect(vintage.rowCount == 2_790)
        let query = ResettlementQuery(store: store)
        #expect(try await query.total(scheme: "vprs") == 20_319)
        // PROVENANCE.md per-region check: East Midlands 903, North East 1,589.
        let em = try await RegionFixtures.lowerTierCodes("east-midlands")
        #expect(try await query.arrivals(scheme: "vprs", in: em).reduce(0) { $0 + $1.persons } == 903)
        #expect(try await query.total(scheme: "vcrs") == 1_838)
    }

    @Test func schemeNamesFoldToIDs() {
        #expect(ResettlementTable.schemeID("Vulnerable Persons Resettlement Scheme") == "vprs")
        #expect(ResettlementTable.schemeID("Vulnerable Children's Resettlement Scheme") == "vcrs")
        #expect(ResettlementTable.schemeID("Vulnerable Children Resettlement Scheme") == "vcrs")
        #expect(ResettlementTable.schemeID("UK Resettlement Scheme - Community Sponsorship Scheme") == "community-sponsorship")
        #expect(ResettlementTable.schemeID("Resettlement - ACRS Pathway 2") == "acrs")
    }

    @Test func nameNormaliserFoldsPublishersSpellings() {
        let directory = LocalAuthorityDirectory.bundled
        let cases: [(String, String)] = [
            ("St. Albans", "E07000240"), ("Bristol", "E06000023"), ("Kingston upon Hull", "E06000010"), ("Herefordshire", "E06000019"),
            ("Dorset (U)", "E06000059"), ("The Vale of Glamorgan", "W06000014"), ("Newcastle-under-Lyme", "E07000195"),
            ("King's Lynn and West Norfolk", "E07000146"), ("Middlesbrough", "E06000002"),
            // Old names move to today's LA: Shepway became Folkestone and Hythe (same code); Aylesbury Vale is now Buckinghamshire.
            ("Shepway", "E07000112"), ("Aylesbury Vale", "E06000060"),
            ("Lincolnshire", "E10000019"),
        ]
        for (name, code) in cases {
            #expect(directory.code(named: name)?.rawValue == code, "\(name)")
        }
        #expect(directory.code(named: "Glasgow") == nil)
        #expect(LANameNormaliser.key("Bristol, City of") == LANameNormaliser.key("bristol"))
    }

    @Test(arguments: StoreEngine.available)
    func ntsNamesAllMatchAndTotalsAgree(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let text = try String(contentsOf: RepositoryPaths.dataFile("ho-nts.csv"), encoding: .utf8)
        let parsed = NTSTable().parse(text, file: "ho-nts.csv").parsed
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.notes.isEmpty, "unmatched names: \(parsed.notes)")
        #expect(parsed.facts.contains("0 names unmatched"))
        _ = try await Self.imported("ho-nts.csv", as: NTSTable(), into: store)
        let kent = try await NTSQuery(store: store).transfers(in: [ONSCode("E10000016")!])
        #expect(kent.count == 29)
        #expect(kent.reduce(0) { $0 + $1.transfersOut } == 3_108)
    }

    /// A position on a day reads only the latest quarter on or before it: the same quarter, rows
    /// and first and last quarters as filtering the whole table, on each side of the table's span.
    @Test(arguments: StoreEngine.available)
    func ntsLatestQuarterIsTheWholeTablesAnswer(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        _ = try await Self.imported("ho-nts.csv", as: NTSTable(), into: store)
        let query = NTSQuery(store: store)
        let areas = [[ONSCode("E10000016")!], [ONSCode("E06000002")!, ONSCode("E10000016")!, ONSCode("E08000021")!]]
        for codes in areas {
            let all = try await query.transfers(in: codes)
            let quarters = all.map(\.quarterEnd)
            for text in ["2010-01-01", "2016-06-30", "2019-11-15", "2030-01-01"] {
                let day = Day(iso: text)!
                let latest = try await query.latestQuarter(in: codes, onOrBefore: day)
                let quarter = quarters.filter { $0 <= day }.max()
                #expect(latest.first == quarters.min() && latest.last == quarters.max(), "\(codes) \(day)")
                #expect(latest.quarter == quarter, "\(codes) \(day)")
                #expect(latest.rows == all.filter { $0.quarterEnd == quarter }, "\(codes) \(day)")
            }
        }
        #expect(try await query.latestQuarter(in: [ONSCode("E10000016")!], onOrBefore: Day(iso: "2010-01-01")!).rows.isEmpty)
        let nothing = try await query.latestQuarter(in: [], onOrBefore: Day(iso: "2020-01-01")!)
        #expect(nothing.first == nil && nothing.quarter == nil && nothing.rows.isEmpty)
    }

    @Test func ntsReportsEveryNameItCannotMatch() {
        let text = """
            Date,Year,Quarter,Region,Local Authority or HSCT (NI),Able to participate in the NTS?,Transfers out of Local Authority,Transfers into Local Authority,Transfers into LA from port/intake unit
            2020-03-31,2020,1,South East,Kent,Yes,5,0,0
            2020-03-31,2020,1,South East,Kentt,Yes,1,0,0
            2020-03-31,2020,1,North East,Gotham,No,0,1,0
            2020-03-31,2020,1,Scotland,Glasgow,Yes,0,2,0
            """
        let (parsed, rows) = NTSTable().parse(text, file: "nts.csv")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.notes.count == 2)
        #expect(parsed.notes.contains { $0.contains("'Kentt'") } && parsed.notes.contains { $0.contains("'Gotham'") })
        #expect(rows.count == 4 && parsed.rowCount == 4)
    }

    @Test func ntsTotalsThatDisagreeAreErrors() {
        let text = """
            Date,Year,Quarter,Region,Local Authority or HSCT (NI),Able to participate in the NTS?,Transfers out of Local Authority,Transfers into Local Authority,Transfers into LA from port/intake unit
            2020-03-31,2020,1,South East,Kent,Yes,5,0,0
            2020-03-31,2020,1,*Total South East,*Total,-,6,0,0
            """
        let parsed = NTSTable().parse(text, file: "nts.csv").parsed
        #expect(parsed.diagnostics.count == 1)
        #expect(parsed.diagnostics.first?.line == 3)
    }

    @Test(arguments: StoreEngine.available)
    func nrmTablesImportAndAgreeWithTheirTotals(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        for (file, table) in zip(
            [
                "ho-nrm_reasonable_grounds.csv", "ho-nrm_conclusive_grounds.csv", "ho-nrm_referrals_longitudinal.csv",
                "ho-nrm_referrals_local-authority_2023_q4.csv",
            ],
            NRMSchema.tables)
        {
            let header = PublishedHeader.read(RepositoryPaths.dataFile(file))
            #expect(NRMSchema.tables.filter { $0.recognises(header: header) }.map(\.dataset) == [table.dataset], "\(file)")
            _ = try await Self.imported(file, as: table, into: store)
        }
        let query = NRMQuery(store: store)
        // The published 2014 "Total" rows: 2,423 reasonable-grounds and 1,592 conclusive-grounds decisions.
        #expect(try await query.decisions(stage: .reasonableGrounds, year: 2014) == 2_423)
        #expect(try await query.decisions(stage: .conclusiveGrounds, year: 2014) == 1_592)
        // Summed from the bundled tables: positive RG decisions in 2023, and referrals in 2023 Q4 (all ages and locations).
        #expect(try await query.decisions(stage: .reasonableGrounds, year: 2023, outcome: "positive") == 8_319)
        #expect(try await query.referrals(year: 2023, quarter: 4) == 4_142)
        #expect(try await NRMQuery(store: try await StoreEngine.sqlite.open(Self.schema)).referrals(year: 2023) == nil)
    }

    @Test(arguments: StoreEngine.available)
    func populationImportsAndMovesToTodaysLAs(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        _ = try await Self.imported("ons-mye2019-persons-single-year-of-age-ltla19.csv", as: PopulationTable(tier: .lower), into: store)
        _ = try await Self.imported("ons-mye2019-persons-single-year-of-age-utla19.csv", as: PopulationTable(tier: .upper), into: store)
        let query = PopulationQuery(store: store)
        let mbro = ONSCode("E06000002")!, lincs = ONSCode("E10000019")!
        // PROVENANCE.md checks: Middlesbrough 140,980 (0-17: 32,794); Lincolnshire 761,224 (0-17: 146,412).
        #expect(try await query.population(of: [mbro], year: 2019)[mbro] == 140_980)
        #expect(try await query.population(of: [mbro], year: 2019, ages: 0...17)[mbro] == 32_794)
        #expect(try await query.population(of: [lincs], year: 2019, tier: .upper)[lincs] == 761_224)
        #expect(try await query.population(of: [lincs], year: 2019, tier: .upper, ages: 0...17)[lincs] == 146_412)
        // North Yorkshire (2023) is the sum of its seven 2019 districts.
        let northYorkshire = ONSCode("E06000065")!
        #expect(try await query.population(of: [northYorkshire], year: 2019)[northYorkshire] ?? 0 > 600_000)
    }

    @Test func populationRowsWhoseAgesDoNotSumAreRejected() {
        let header = "ltla19_code,ltla19_name,total_population," + (0..<90).map(String.init).joined(separator: ",") + ",90+"
        let good = "E06000002,Middlesbrough,91," + Array(repeating: "1", count: 91).joined(separator: ",")
        let bad = "E06000003,Redcar,95," + Array(repeating: "1", count: 91).joined(separator: ",")
        let parsed = PopulationTable(tier: .lower).parse([header, good, bad].joined(separator: "\n"), file: "mye.csv").parsed
        #expect(parsed.diagnostics.count == 1)
        #expect(parsed.diagnostics.first?.line == 3 && parsed.diagnostics.first?.field == "total_population")
    }
}
