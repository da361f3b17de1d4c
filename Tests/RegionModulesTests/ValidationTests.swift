import Foundation
import PartnershipCore
import RegionModules
import TestSupport
import Testing

/// A copy of a real module broken in many ways at once yields one precise error per break,
/// each naming the file, the line or row, and the field.
struct ValidationTests {
    func load(_ regions: URL, _ id: String) -> RegionModuleLoader.Result {
        RegionModuleLoader(registry: Fixtures.registry).load(regions.appendingPathComponent(id), relativeTo: regions.deletingLastPathComponent())
    }

    @Test func twelveBreaksGiveTwelvePreciseErrorsInOneRun() async throws {
        let regions = try await Fixtures.copyRegions(["east-midlands"])
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let module = regions.appendingPathComponent("east-midlands")
        let yaml = module.appendingPathComponent("region.yaml")
        let csv = module.appendingPathComponent("local-authorities.csv")

        try await Fixtures.edit(yaml, replacing: "ons-region-code: E12000004", with: "ons-region-code: E1200004")
        try await Fixtures.edit(yaml, replacing: "lead-organisation: East Midlands Councils\n", with: "")
        try await Fixtures.edit(yaml, replacing: "  vcrs:\n    enabled: true", with: "  vcrss:\n    enabled: true")
        try await Fixtures.edit(yaml, replacing: "      target:\n        value: 270", with: "      targt:\n        value: 270")
        try await Fixtures.edit(
            yaml, replacing: "  dispersal:\n    enabled: true", with: "  dispersal:\n    enabled: true\n    settings:\n      cluster-ratio: 20")
        try await Fixtures.edit(
            yaml, replacing: "  uasc-nts:\n    enabled: true\n    settings:\n",
            with: "  uasc-nts:\n    enabled: true\n    settings:\n      rota: [E06000015, E06000002]\n")
        let codeLine = try await Fixtures.line(of: "ons-region-code:", in: yaml)
        let programmeLine = try await Fixtures.line(of: "  vcrss:", in: yaml)
        let settingLine = try await Fixtures.line(of: "      targt:", in: yaml)
        let ratioLine = try await Fixtures.line(of: "cluster-ratio: 20", in: yaml)
        let rotaLine = try await Fixtures.line(of: "rota: [", in: yaml)
        let malformed = try await Fixtures.append(csv, "E0600001X,Nowhere,unitary,,,1000,200,ONS MYE 2019,test,unknown,")
        let duplicate = try await Fixtures.append(csv, "E06000015,Derby again,unitary,,,1000,200,ONS MYE 2019,test,unknown,")
        let children = try await Fixtures.append(csv, "E07000999,Too Many Children,district,E10000007,,1000,2000,ONS MYE 2019,test,unknown,")
        let parent = try await Fixtures.append(csv, "E07000998,Wrong Parent,district,E06000015,,1000,200,ONS MYE 2019,test,unknown,")
        let negative = try await Fixtures.append(csv, "E07000997,Negative,district,E10000007,,-5,0,ONS MYE 2019,test,unknown,")
        let sourceLine = try await Fixtures.edit(
            module.appendingPathComponent("baseline.yaml"), replacing: "source: seed-002\n    programme: uasc-nts",
            with: "source: seed-02\n    programme: uasc-nts")

        let result = load(regions, "east-midlands")
        #expect(result.region == nil)
        let errors = result.diagnostics.errors
        func expectError(
            _ file: String, line: Int? = nil, row: Int? = nil, field: String, _ text: String, suggestion: String? = nil,
            sourceLocation: SourceLocation = #_sourceLocation
        ) {
            let match = errors.first {
                $0.file == "regions/east-midlands/\(file)" && $0.field == field && $0.message.contains(text) && (line == nil || $0.line == line)
                    && (row == nil || $0.row == row)
            }
            #expect(
                match != nil,
                "no error \(file):\(line ?? 0) row \(row ?? 0) \(field) '\(text)' in:\n\(errors.map(\.description).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
            if let suggestion { #expect(match?.suggestion?.contains(suggestion) == true, sourceLocation: sourceLocation) }
        }
        expectError("region.yaml", line: codeLine, field: "ons-region-code", "not an ONS region code")
        expectError("region.yaml", field: "lead-organisation", "required field is missing")
        expectError("region.yaml", line: programmeLine, field: "programmes.vcrss", "unknown programme id", suggestion: "did you mean 'vcrs'?")
        expectError(
            "region.yaml", line: settingLine, field: "programmes.vprs.settings.targt", "unknown setting", suggestion: "did you mean 'target'?")
        expectError("region.yaml", line: ratioLine, field: "programmes.dispersal.settings.cluster-ratio", "out of range")
        expectError("region.yaml", line: rotaLine, field: "programmes.uasc-nts.settings.rota", "E06000002 is not an LA of this region")
        expectError("local-authorities.csv", line: malformed, field: "ons_code", "not an ONS code")
        expectError("local-authorities.csv", line: duplicate, field: "ons_code", "duplicate code E06000015")
        expectError("local-authorities.csv", line: children, field: "child_population", "more than the population")
        expectError("local-authorities.csv", line: parent, field: "parent_code", "not a county of this region")
        expectError("local-authorities.csv", line: negative, field: "population", "must be positive")
        expectError(
            "baseline.yaml", line: sourceLine, field: "figures[11].source", "unknown source 'seed-02'", suggestion: "did you mean 'seed-002'?")
        #expect(errors.count == 12, "\(errors.map(\.description).joined(separator: "\n"))")
        // CSV errors also carry the data row number.
        #expect(errors.first { $0.field == "child_population" }?.row == children - 1)
    }

    @Test func yamlSyntaxErrorNamesTheLine() async throws {
        let regions = try await Fixtures.copyRegions(["north-east"])
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let line = try await Fixtures.edit(
            regions.appendingPathComponent("north-east/baseline.yaml"), replacing: "    unit: places", with: "    unit: [places")
        let errors = load(regions, "north-east").diagnostics.errors
        #expect(errors.count == 1)
        #expect(errors.first?.file == "regions/north-east/baseline.yaml")
        #expect(errors.first?.message.contains("YAML syntax error") == true)
        #expect((line...line + 2).contains(errors.first?.line ?? 0))
    }

    @Test func notesAreAllowedOnGovernanceAndSettings() async throws {
        let regions = try await Fixtures.copyRegions(["north-east"])
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let yaml = regions.appendingPathComponent("north-east/region.yaml")
        _ = try await Fixtures.edit(
            yaml, replacing: "    source: seed-003\n",
            with: "    source: seed-003\n    notes: \"membership as the 2017 overview gives it (test note)\"\n")
        _ = try await Fixtures.edit(
            yaml, replacing: "  uasc-nts:\n    enabled: true\n",
            with:
                "  uasc-nts:\n    enabled: true\n    settings:\n      transfer-target-working-days:\n        value: 10\n        notes: \"test note\"\n"
        )
        let result = load(regions, "north-east")
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.errors)")
        let region = try #require(result.region)
        #expect(region.governance.board?.notes == "membership as the 2017 overview gives it (test note)")
        #expect(region.programmes["uasc-nts"]?.settings["transfer-target-working-days"]?.notes == "test note")
    }

    @Test func unpublishedFinanceThatDoesNotBalanceIsAnError() async throws {
        let regions = try await Fixtures.copyRegions(["east-midlands"])
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        try await Fixtures.edit(
            regions.appendingPathComponent("east-midlands/finance-2018-19.yaml"), replacing: "as-published: true", with: "as-published: false")
        let errors = load(regions, "east-midlands").diagnostics.errors
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.file.hasSuffix("finance-2018-19.yaml") })
    }

    @Test func duplicateRegionIDsAcrossModulesAreReported() async throws {
        let regions = try await Fixtures.copyRegions(["north-east", "north-east"], as: ["north-east", "north-east-copy"])
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let catalog = RegionCatalog(folder: regions, registry: Fixtures.registry)
        let errors = catalog.diagnostics.errors
        let idLine = try String(contentsOf: regions.appendingPathComponent("north-east/region.yaml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("id:") }.map { $0 + 1 }
        #expect(
            errors.contains {
                $0.file == "north-east-copy/region.yaml" && $0.line == idLine
                    && $0.message.contains("region id 'north-east' is also used by north-east/")
            })
        #expect(errors.contains { $0.line != nil && $0.message.contains("ONS region E12000001 is already covered by north-east/") })
        #expect(errors.contains { $0.message.contains("does not match the folder name 'north-east-copy'") })
        // The copy is left out; the first module stays usable.
        #expect(catalog.regions.map(\.id) == ["north-east"])
    }

    @Test func anLAInTwoModulesIsAnErrorInTheSecondNamingItsRow() async throws {
        let regions = try await Fixtures.copyRegions(["east-midlands", "north-east"])
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let source = regions.appendingPathComponent("east-midlands/local-authorities.csv")
        let middlesbrough = try String(contentsOf: regions.appendingPathComponent("north-east/local-authorities.csv"), encoding: .utf8)
            .split(separator: "\n").first { $0.hasPrefix("E06000002,") }
        let text = try String(contentsOf: source, encoding: .utf8)
        try (text + (text.hasSuffix("\n") ? "" : "\n") + String(try #require(middlesbrough)) + "\n").write(
            to: source, atomically: true, encoding: .utf8)
        // east-midlands is read first (alphabetical), so the error lands on north-east's own row.
        let catalog = RegionCatalog(folder: regions, registry: Fixtures.registry)
        let error = catalog.diagnostics.errors.first { $0.message.contains("E06000002 Middlesbrough is also in") }
        #expect(error?.file == "north-east/local-authorities.csv")
        #expect(
            error?.message
                == "E06000002 Middlesbrough is also in east-midlands/: an LA belongs to one partnership (it would be counted twice in compare)")
        #expect(error?.row != nil && error?.field == "ons_code")
    }

    @Test func missingFolderIsAClearError() {
        let catalog = RegionCatalog(folder: URL(fileURLWithPath: "/nonexistent/regions"), registry: Fixtures.registry)
        #expect(catalog.diagnostics.errors.first?.message.contains("no regions folder") == true)
    }
}
