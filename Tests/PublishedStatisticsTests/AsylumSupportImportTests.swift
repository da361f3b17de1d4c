import Foundation
import GRDB
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import TestSupport
import Testing

/// Asy_D11 imports against the real Home Office file shipped with the project.
@Suite(.serialized)
struct AsylumSupportImportTests {
    static let file = RepositoryPaths.dataFile("ho-local_authority_support.csv")

    @Test func realFileImportsAndAgreesWithIndependentChecks() throws {
        let store = try StoreDatabase()
        guard case .imported(let vintage, _) = try AsylumSupportImporter(store: store).importFile(Self.file) else {
            Issue.record("the real Asy_D11 file did not import")
            return
        }
        #expect(vintage.rowCount == 21_743)
        let query = AsylumSupportQuery(store: store)
        // Middlesbrough Section 95 on 2019-12-31: 544 (a British Red Cross extract agrees).
        #expect(try query.people(on: Day(iso: "2019-12-31")!, in: [ONSCode("E06000002")!], supportTypes: [.section95]) == 544)
        // East Midlands subsistence only on 2018-03-31: 178, as the region's 2018/19 business plan states.
        let em = RegionCodes.eastMidlands
        #expect(try query.people(on: Day(iso: "2018-03-31")!, in: em, accommodationTypes: ["Subsistence Only"]) == 178)
        // Middlesbrough 2019-06-30 (DOMAIN.md 1.1): 609 dispersed, 32 subsistence only, 77 Section 4.
        let mbro = [ONSCode("E06000002")!]
        let june = Day(iso: "2019-06-30")!
        #expect(try query.people(on: june, in: mbro, supportTypes: [.section95], accommodationTypes: ["Dispersal Accommodation"]) == 609)
        #expect(try query.people(on: june, in: mbro, supportTypes: [.section95], accommodationTypes: ["Subsistence Only"]) == 32)
        #expect(try query.people(on: june, in: mbro, supportTypes: [.section4]) == 77)
        #expect(try query.snapshots().count == 43)
    }

    @Test func identicalFileTwiceIsANoOp() throws {
        let store = try StoreDatabase()
        let importer = AsylumSupportImporter(store: store)
        _ = try importer.importFile(Self.file)
        guard case .alreadyImported = try importer.importFile(Self.file) else {
            Issue.record("second import of the same file was not recognised")
            return
        }
        let rows = try store.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM asylum_support") }
        #expect(rows == 21_743)
    }

    @Test func threeBadRowsAreAllReportedAndTheDatabaseIsUnchanged() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try String(contentsOf: Self.file, encoding: .utf8).components(separatedBy: "\n")
        lines[10] = lines[10].replacingOccurrences(of: "2014-03-31", with: "2014-03-30")
        lines[5000] = lines[5000].replacingOccurrences(of: "Section ", with: "Sectoin ")
        var fields = lines[20000].components(separatedBy: ",")
        fields[fields.count - 1] = "-3"
        lines[20000] = fields.joined(separator: ",")
        let bad = folder.appendingPathComponent("bad.csv")
        try lines.joined(separator: "\n").write(to: bad, atomically: true, encoding: .utf8)

        let path = folder.appendingPathComponent("smp.sqlite").path
        let store = try StoreDatabase(path: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        guard case .rejected(let diagnostics) = try AsylumSupportImporter(store: store).importFile(bad) else {
            Issue.record("a file with bad rows was accepted")
            return
        }
        #expect(diagnostics.count == 3)
        #expect(diagnostics.map(\.line) == [11, 5001, 20001])
        #expect(diagnostics.map(\.field) == ["Date", "Support Type", "People"])
        #expect(diagnostics.allSatisfy { $0.file == "bad.csv" })
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}

/// The East Midlands' lower-tier LAs at today's boundaries (from its region module).
enum RegionCodes {
    static var eastMidlands: [ONSCode] {
        let text = try! String(contentsOf: RepositoryPaths.regions.appendingPathComponent("east-midlands/local-authorities.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields[2] == "county" ? nil : ONSCode(String(fields[0]))
        }
    }
}
