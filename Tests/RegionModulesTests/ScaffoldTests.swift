import Foundation
import PartnershipCore
import RegionModules
import TestSupport
import Testing

/// `new-region` produces a module whose only errors are the named blanks, and which validates once filled in.
struct ScaffoldTests {
    @Test func scaffoldFailsOnlyOnBlanksThenValidates() async throws {
        let regions = try await Fixtures.copyRegions(["_template", "north-east"])
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let folder = try RegionScaffolder(regionsFolder: regions).scaffold(id: "yorkshire-and-humber", name: "Migration Yorkshire")
        let loader = RegionModuleLoader(registry: Fixtures.registry)
        let errors = loader.load(folder, relativeTo: regions.deletingLastPathComponent()).diagnostics.errors
        let fields = Set(errors.compactMap(\.field))
        #expect(fields == ["short-name", "ons-region-code", "lead-organisation", "established", "governance.board.name"])
        #expect(errors.filter { $0.field != nil }.allSatisfy { $0.message.hasPrefix("not filled in: ") && $0.line != nil })
        #expect(errors.contains { $0.file.hasSuffix("local-authorities.csv") && $0.message.contains("no local authorities") })
        #expect(errors.count == 6)

        let yaml = folder.appendingPathComponent("region.yaml")
        var text = try String(contentsOf: yaml, encoding: .utf8)
        for (field, value) in [
            ("short-name", "MY"), ("ons-region-code", "E12000003"), ("lead-organisation", "Leeds City Council"), ("established", "2000"),
        ] {
            text = text.replacingOccurrences(
                of: try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("\(field): ") }), with: "\(field): \(value)")
        }
        text = text.replacingOccurrences(of: "    name: \"<fill in: name of the partnership board>\"", with: "    name: Migration Yorkshire Board")
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("local-authorities.csv"))
        try FileManager.default.copyItem(
            at: regions.appendingPathComponent("north-east/local-authorities.csv"), to: folder.appendingPathComponent("local-authorities.csv"))
        let result = loader.load(folder, relativeTo: regions.deletingLastPathComponent())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.region?.name == "Migration Yorkshire")
    }

    @Test func scaffoldRefusesBadIDsAndExistingFolders() async throws {
        let regions = try await Fixtures.copyRegions(["_template", "north-east"])
        defer { try? FileManager.default.removeItem(at: regions.deletingLastPathComponent()) }
        let scaffolder = RegionScaffolder(regionsFolder: regions)
        #expect(throws: RegionScaffolder.ScaffoldError.self) { try scaffolder.scaffold(id: "North East", name: "x") }
        #expect(throws: RegionScaffolder.ScaffoldError.self) { try scaffolder.scaffold(id: "north-east", name: "x") }
    }
}
