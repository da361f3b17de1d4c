import CSV
import Foundation
import PartnershipCore
import RegionModules
import TestSupport
import Testing

/// The four founding modules load, validate and agree with the ONS files they cite.
struct FourRegionsTests {
    static let catalog = RegionCatalog(folder: RepositoryPaths.regions, registry: Fixtures.registry)

    struct ONSRow { let population: Int; let children: Int }

    static func ons(_ file: String) async throws -> [ONSCode: ONSRow] {
        let reader = try CSVReader(string: String(contentsOf: RepositoryPaths.dataFile(file), encoding: .utf8), hasHeaderRow: true)
        let header = reader.headerRow!
        let total = header.firstIndex(of: "total_population")!, zero = header.firstIndex(of: "0")!
        var rows: [ONSCode: ONSRow] = [:]
        while let row = reader.next() {
            rows[ONSCode(row[0])!] = ONSRow(population: Int(row[total])!, children: (zero..<zero + 18).reduce(0) { $0 + Int(row[$1])! })
        }
        return rows
    }

    @Test func allFourLoadWithoutErrors() {
        #expect(Self.catalog.diagnostics.errors.isEmpty, "\(Self.catalog.diagnostics.errors)")
        #expect(Self.catalog.regions.map(\.id) == RepositoryPaths.regionModuleIDs)
        #expect(Set(["east-midlands", "north-east", "south-east", "south-west"]).isSubset(of: Self.catalog.regions.map(\.id)))
    }

    @Test func onlyWarningsAreThePublishedFinanceDiscrepancies() {
        let warnings = Self.catalog.diagnostics.warnings
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.file == "regions/east-midlands/finance-2018-19.yaml" && $0.message.contains("seed-004") })
        #expect(warnings.contains { $0.message.contains("235550") && $0.message.contains("227150") })
        let finance = Self.catalog.region("east-midlands")!.finances.first!
        #expect(finance.incomeTotal == 227_150)
        #expect(finance.expenditureTotal == 235_550)
    }

    @Test(arguments: [
        ("north-east", "E12000001", 12), ("east-midlands", "E12000004", 39), ("south-east", "E12000008", 70), ("south-west", "E12000009", 29),
    ])
    func regionTotalsMatchONS(id: String, regionCode: String, authorities: Int) async throws {
        let region = try #require(Self.catalog.region(id))
        #expect(region.localAuthorities.count == authorities)
        // Independent total: every April-2019 district the ONS Dec-2018 lookup (plus the April 2019 merges) places in the region.
        let lookup = try CSVReader(
            string: String(contentsOf: RepositoryPaths.dataFile("ons-lad18-rgn18-lookup-england.csv"), encoding: .utf8), hasHeaderRow: true)
        var inRegion = Set<ONSCode>()
        while let row = lookup.next() {
            if row[2] == regionCode { inRegion.insert(BoundaryChanges.england.current(ONSCode(row[0])!)) }
        }
        let ltla = try await Self.ons("ons-mye2019-persons-single-year-of-age-ltla19.csv")
        let expected = ltla.filter { inRegion.contains(BoundaryChanges.england.current($0.key)) }.reduce(0) { $0 + $1.value.population }
        #expect(region.population == expected)
    }

    @Test func everyPopulationIsTheSumOfItsONSPredecessors() async throws {
        let ltla = try await Self.ons("ons-mye2019-persons-single-year-of-age-ltla19.csv")
        let utla = try await Self.ons("ons-mye2019-persons-single-year-of-age-utla19.csv")
        for region in Self.catalog.regions {
            for la in region.localAuthorities {
                if la.tier == .county {
                    #expect(utla[la.code]?.population == la.population, "\(la.name)")
                    #expect(utla[la.code]?.children == la.childPopulation, "\(la.name)")
                    let districts = region.localAuthorities.filter { $0.parentCode == la.code }
                    #expect(districts.reduce(0) { $0 + $1.population } == la.population, "districts of \(la.name)")
                    continue
                }
                let parts = BoundaryChanges.england.predecessors2019(of: la.code, known: Set(ltla.keys))
                #expect(parts.reduce(0) { $0 + (ltla[$1]?.population ?? -1_000_000) } == la.population, "\(la.name)")
                #expect(parts.reduce(0) { $0 + (ltla[$1]?.children ?? -1_000_000) } == la.childPopulation, "\(la.name)")
                if parts != [la.code] { #expect(la.populationVintage == "ONS MYE 2019, aggregated to 2023 boundaries") }
            }
        }
    }

    @Test func seedFiguresAreCarriedWithSources() async throws {
        let em = try #require(Self.catalog.region("east-midlands"))
        #expect(em.programmes["vprs"]?.settings["target"] == SourcedSetting(value: .integer(270), source: "seed-004"))
        #expect(em.baseline.first { $0.id == "subsistence-only-2018-03" }?.value == 178)
        #expect(em.plans.map(\.year.description) == ["2008-09", "2018-19"])
        let ne = try #require(Self.catalog.region("north-east"))
        #expect(ne.baseline.first { $0.id == "uasc-children-2016-17" }?.value == 24)
        #expect(ne.localAuthority(ONSCode("E06000002")!)?.population == 140_980)
        let se = try #require(Self.catalog.region("south-east"))
        #expect(se.programmes["vprs"]?.settings["target"]?.value == .integer(800))
        for region in Self.catalog.regions {
            for figure in region.baseline { #expect(region.sources.contains { $0.id == figure.source }) }
        }
    }
}
