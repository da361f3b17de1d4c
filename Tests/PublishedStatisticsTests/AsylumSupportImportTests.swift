import Foundation
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import TestSupport
import Testing

/// Asy_D11 imports against the real Home Office file shipped with the project, on every engine.
@Suite struct AsylumSupportImportTests {
    static let file = RepositoryPaths.dataFile("ho-local_authority_support.csv")
    static let schema = try! PublishedSchema.schema()

    @Test(arguments: StoreEngine.available)
    func realFileImportsAndAgreesWithIndependentChecks(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        guard case .imported(let vintage, let summary, _) = try await TableImporter(store: store).importFile(Self.file, as: AsylumSupportTable())
        else {
            Issue.record("the real Asy_D11 file did not import")
            return
        }
        #expect(vintage.rowCount == 21_743)
        #expect(vintage.publisher == "Home Office" && vintage.release == "Asy_D11 to 2024-09-30")
        #expect(summary.contains("0 rows unmatched"))
        let query = AsylumSupportQuery(store: store)
        // Middlesbrough Section 95 on 2019-12-31: 544 (a British Red Cross extract agrees).
        #expect(try await query.people(on: Day(iso: "2019-12-31")!, in: [ONSCode("E06000002")!], supportTypes: [.section95]) == 544)
        // East Midlands subsistence only on 2018-03-31: 178, as the region's 2018/19 business plan states.
        let em = try await RegionFixtures.lowerTierCodes("east-midlands")
        #expect(try await query.people(on: Day(iso: "2018-03-31")!, in: em, accommodationTypes: ["Subsistence Only"]) == 178)
        // Middlesbrough 2019-06-30 (DOMAIN.md 1.1): 609 dispersed, 32 subsistence only, 77 Section 4.
        let mbro = [ONSCode("E06000002")!]
        let june = Day(iso: "2019-06-30")!
        #expect(try await query.people(on: june, in: mbro, supportTypes: [.section95], accommodationTypes: ["Dispersal Accommodation"]) == 609)
        #expect(try await query.people(on: june, in: mbro, supportTypes: [.section95], accommodationTypes: ["Subsistence Only"]) == 32)
        #expect(try await query.people(on: june, in: mbro, supportTypes: [.section4]) == 77)
        #expect(try await query.snapshots().count == 43)
    }

    @Test(arguments: StoreEngine.available)
    func identicalFileTwiceIsANoOp(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let importer = TableImporter(store: store)
        _ = try await importer.importFile(Self.file, as: AsylumSupportTable())
        guard case .alreadyImported = try await importer.importFile(Self.file, as: AsylumSupportTable()) else {
            Issue.record("second import of the same file was not recognised")
            return
        }
        #expect(try await store.read { try await $0.scalar("SELECT COUNT(*) FROM asylum_support") } == .integer(21_743))
        #expect(try await ImportLedger(store: store).all().count == 1)
    }

    @Test func threeBadRowsAreAllReportedAndTheDatabaseIsByteIdentical() async throws {
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
        let store = try SQLiteStore(path: path)
        try await Self.schema.migrate(store, logger: Evaluation.logger)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        guard case .rejected(let diagnostics) = try await TableImporter(store: store).importFile(bad, as: AsylumSupportTable()) else {
            Issue.record("a file with bad rows was accepted")
            return
        }
        #expect(diagnostics.count == 3)
        #expect(diagnostics.map(\.line) == [11, 5001, 20001])
        #expect(diagnostics.map(\.field) == ["Date", "Support Type", "People"])
        #expect(diagnostics.allSatisfy { $0.file == "bad.csv" })
        #expect(diagnostics[1].description.contains("Sectoin 95"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// A row copied exactly, near the end of the file, is refused naming both lines (it would be
    /// summed in silently); a row that repeats a key with another value is kept, with a note.
    @Test func anExactCopyIsRefusedAndARepeatedKeyWithAnotherValueIsNoted() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try String(contentsOf: Self.file, encoding: .utf8).components(separatedBy: "\n")
        var fields = lines[20_000].components(separatedBy: ",")
        fields[fields.count - 1] = String(Int(fields[fields.count - 1])! + 1)
        let otherValue = fields.joined(separator: ",")
        lines.insert(otherValue, at: 20_101)  // line 20,102 repeats line 20,001's key with another value
        let repeatedKey = folder.appendingPathComponent("repeated-key.csv")
        try lines.joined(separator: "\n").write(to: repeatedKey, atomically: true, encoding: .utf8)
        lines.insert(lines[300], at: 21_000)  // line 21,001 is an exact copy of line 301
        let copied = folder.appendingPathComponent("copied.csv")
        try lines.joined(separator: "\n").write(to: copied, atomically: true, encoding: .utf8)

        let store = try await StoreEngine.sqlite.open(Self.schema)
        guard case .rejected(let diagnostics) = try await TableImporter(store: store).importFile(copied, as: AsylumSupportTable()) else {
            Issue.record("a file with a duplicated row was accepted")
            return
        }
        #expect(diagnostics.map(\.line) == [21_001])
        #expect(diagnostics.first?.description.contains("is an exact copy of line 301") == true)
        #expect(try await ImportLedger(store: store).all().isEmpty)

        guard case .imported(let vintage, _, let notes) = try await TableImporter(store: store).importFile(repeatedKey, as: AsylumSupportTable())
        else {
            Issue.record("a repeated key with another value was refused")
            return
        }
        #expect(vintage.rowCount == 21_744)
        #expect(notes.contains("line 20102 repeats the key of line 20001 with another value: both kept and added together, as published"))
    }

    /// An import's checks start before the store is ready; when nobody will take the rows (the
    /// file was already imported, or the store failed) they stop reading the file.
    @Test func checksStopReadingOnceNobodyTakesTheRows() {
        var delivered = 0
        let sink = RowSink(batchSize: 1_000) { batch in
            delivered += batch.count
            return delivered < 3_000
        }
        let parsed = AsylumSupportTable().parse(.file(Self.file), file: "asy", rows: sink)
        #expect(delivered == 3_000)
        #expect(sink.abandoned)
        #expect(parsed.rowCount < 4_000)
        // Taken to the end, the same file gives every row.
        let all = AsylumSupportTable().parse(.file(Self.file), file: "asy", rows: RowSink(batchSize: 1_000) { _ in true })
        #expect(all.rowCount == 21_743)
    }

    @Test(arguments: StoreEngine.available)
    func aNewerReleaseKeepsTheOldAndRevisionsListWhatChanged(engine: StoreEngine) async throws {
        let store = try await engine.open(Self.schema)
        let importer = TableImporter(store: store)
        _ = try await importer.importFile(Self.file, as: AsylumSupportTable())
        // A synthetic "revised release": Middlesbrough's 2019-12-31 dispersal figure revised by +5.
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try String(contentsOf: Self.file, encoding: .utf8).components(separatedBy: "\n")
        let index = lines.firstIndex {
            $0.hasPrefix("2019-12-31") && $0.contains("E06000002") && $0.contains("Section 95") && $0.contains("Dispersal")
        }!
        var fields = lines[index].components(separatedBy: ",")
        let old = Int(fields[fields.count - 1])!
        fields[fields.count - 1] = String(old + 5)
        lines[index] = fields.joined(separator: ",")
        let revised = folder.appendingPathComponent("asy-d11-revised.csv")
        try lines.joined(separator: "\n").write(to: revised, atomically: true, encoding: .utf8)
        guard case .imported(let newer, _, _) = try await importer.importFile(revised, as: AsylumSupportTable(), release: "revised (synthetic)")
        else {
            Issue.record("the revised release did not import")
            return
        }
        #expect(try await ImportLedger(store: store).vintages(dataset: "asylum-support").count == 2)
        let query = AsylumSupportQuery(store: store)
        let dec = Day(iso: "2019-12-31")!, mbro = [ONSCode("E06000002")!]
        #expect(try await query.people(on: dec, in: mbro, supportTypes: [.section95]) == 549)
        #expect(try await query.people(on: dec, in: mbro, supportTypes: [.section95], vintage: newer.id - 1) == 544)
        let revisions = try #require(try await AsylumSupportRevisions(store: store).changes())
        #expect(revisions.changes.count == 1)
        #expect(revisions.changes.first?.before == old && revisions.changes.first?.after == old + 5)
        #expect(revisions.changes.first?.laCode.rawValue == "E06000002")
    }

    /// Every England LA in Asy_D11 is a lower-tier LA of the region module for its ONS region, or
    /// lies in a region without a module; for the four modules' regions nothing is unmatched.
    @Test func everyEnglandRowMapsToAModuleLAOrAKnownRegion() async throws {
        let directory = LocalAuthorityDirectory.bundled
        let (parsed, rows) = AsylumSupportTable(directory: directory).parse(
            try String(contentsOf: Self.file, encoding: .utf8), file: "asy")
        let modules = try await RegionFixtures.allLowerTier()
        #expect(modules.count == RepositoryPaths.regionModuleIDs.count)
        var unmatched: [String: Int] = [:]
        var inModules = 0
        for row in rows {
            guard let text = row[1].string, text.hasPrefix("E"), let code = ONSCode(text) else { continue }
            guard let region = directory.region(of: code) else { unmatched["\(code) has no ONS region", default: 0] += 1; continue }
            guard let moduleCodes = modules[region.name] else { continue }
            inModules += 1
            if !moduleCodes.contains(code) { unmatched["\(region.name) \(code)", default: 0] += 1 }
            #expect(row[3].string == region.name)
        }
        #expect(inModules > 5_000)
        #expect(unmatched.isEmpty, "rows not matched to a module LA: \(unmatched)")
        // The published 2022 Q4 Section 98 rows put Kingston upon Hull's code beside 35 other LAs'
        // names: the name decides (Gateshead's rows go to Gateshead, in the North East) and the import says so.
        #expect(parsed.notes.contains { $0.hasPrefix("E06000010 published beside the name Gateshead: stored under Gateshead's code E08000037") })
        let hull = rows.filter { $0[1].string == "E06000010" }
        #expect(hull.allSatisfy { $0[2].string?.contains("Hull") == true })
        #expect(rows.filter { $0[1].string == "E08000037" && $0[0].string == "2022-12-31" && $0[4].string == "Section 98" }.count == 2)
    }
}
