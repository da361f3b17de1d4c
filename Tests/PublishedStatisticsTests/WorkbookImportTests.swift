import CSV
import Foundation
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import TestSupport
import Testing

/// The Home Office publishes its datasets as `.xlsx` and `.ods` workbooks as well as CSV, and
/// Excel saves "CSV UTF-8" with a byte-order mark: each form of the same release must import to
/// exactly the rows of the bundled CSV. The workbooks are written by the tests in the published
/// layout (cover sheet, notes, a data sheet with title lines above its header row).
@Suite struct WorkbookImportTests {
    struct Case: Sendable, CustomStringConvertible {
        let file: String
        let sheet: String
        let table: any PublishedTable
        var description: String { file }
    }

    static let cases = [
        Case(file: "ho-local_authority_support.csv", sheet: "Data_Asy_D11", table: AsylumSupportTable()),
        Case(file: "ho-local_authority_resettlement.csv", sheet: "Data_Res_D01", table: ResettlementTable()),
        Case(file: "ho-nts.csv", sheet: "Data_NTS_01", table: NTSTable()),
    ]
    static let schema = try! PublishedSchema.schema()

    static func csvRows(_ url: URL) throws -> (header: [String], rows: [[String]]) {
        let reader = try CSVReader(string: try String(contentsOf: url, encoding: .utf8), hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return (reader.headerRow!, rows)
    }

    /// Every stored row of the table, without the vintage id, in a fixed order.
    static func stored(_ table: any PublishedTable, in store: any SQLStore) async throws -> [[SQLValue]] {
        let columns = table.columns.joined(separator: ", ")
        return try await store.read { try await $0.query("SELECT \(raw: columns) FROM \(raw: table.table) ORDER BY \(raw: columns)") }.map(\.values)
    }

    static func importInto(_ url: URL, _ table: any PublishedTable) async throws -> (store: any SQLStore, outcome: ImportOutcome) {
        let store = try await StoreEngine.sqlite.open(schema)
        return (store, try await TableImporter(store: store).importFile(url, as: table))
    }

    @Test(arguments: cases)
    func bomCSVXlsxAndOdsImportToTheSameRowsAsTheBundledCSV(_ given: Case) async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundled = RepositoryPaths.dataFile(given.file)
        let (header, rows) = try Self.csvRows(bundled)
        let bom = folder.appendingPathComponent("bom.csv")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(contentsOf: bundled)).write(to: bom)
        let xlsx = folder.appendingPathComponent("published.xlsx"), ods = folder.appendingPathComponent("published.ods")
        try PublishedWorkbookWriter.write(.xlsx, sheet: given.sheet, header: header, rows: rows, to: xlsx)
        try PublishedWorkbookWriter.write(.ods, sheet: given.sheet, header: header, rows: rows, to: ods)

        let (reference, referenceOutcome) = try await Self.importInto(bundled, given.table)
        guard case .imported(let expected, let expectedSummary, let expectedNotes) = referenceOutcome else {
            Issue.record("the bundled \(given.file) did not import: \(referenceOutcome)")
            return
        }
        let expectedRows = try await Self.stored(given.table, in: reference)
        #expect(expectedRows.count == expected.rowCount && expected.rowCount > 1_000)
        for url in [bom, xlsx, ods] {
            let (store, outcome) = try await Self.importInto(url, given.table)
            guard case .imported(let vintage, let summary, let notes) = outcome else {
                Issue.record("\(url.lastPathComponent) of \(given.file) did not import: \(outcome)")
                continue
            }
            #expect(vintage.release == expected.release && vintage.rowCount == expected.rowCount, "\(url.lastPathComponent)")
            #expect(summary == expectedSummary, "\(url.lastPathComponent)")
            #expect(notes.count == expectedNotes.count, "\(url.lastPathComponent)")
            #expect(vintage.sha256 == TableImporter.sha256(try Data(contentsOf: url)), "the file's own bytes name the release")
            let got = try await Self.stored(given.table, in: store)
            #expect(got == expectedRows, "\(url.lastPathComponent): the stored rows differ from the bundled CSV's")
        }
    }

    @Test func aWorkbookFigureMatchesThePublishedOne() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (header, rows) = try Self.csvRows(RepositoryPaths.dataFile("ho-local_authority_support.csv"))
        let xlsx = folder.appendingPathComponent("asylum-support-datasets.xlsx")
        try PublishedWorkbookWriter.write(.xlsx, sheet: "Data_Asy_D11", header: header, rows: rows, to: xlsx)
        let (store, outcome) = try await Self.importInto(xlsx, AsylumSupportTable())
        guard case .imported = outcome else {
            Issue.record("did not import: \(outcome)")
            return
        }
        // Middlesbrough Section 95 on 2019-12-31: 544, as in the CSV (AsylumSupportImportTests).
        let people = try await AsylumSupportQuery(store: store).people(
            on: Day(iso: "2019-12-31")!, in: [ONSCode("E06000002")!], supportTypes: [.section95])
        #expect(people == 544)
    }

    @Test(arguments: [PublishedWorkbookWriter.Format.xlsx, .ods])
    func aBadCellIsReportedWithItsSheetAndRowAndNothingIsImported(_ format: PublishedWorkbookWriter.Format) async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var (header, rows) = try Self.csvRows(RepositoryPaths.dataFile("ho-local_authority_support.csv"))
        rows[10][header.firstIndex(of: "People")!] = "many"
        rows[20][header.firstIndex(of: "Date")!] = "2099-12-31"
        let url = folder.appendingPathComponent(format == .xlsx ? "bad.xlsx" : "bad.ods")
        try PublishedWorkbookWriter.write(format, sheet: "Data_Asy_D11", header: header, rows: rows, to: url)
        let (store, outcome) = try await Self.importInto(url, AsylumSupportTable())
        guard case .rejected(let problems) = outcome else {
            Issue.record("a workbook with bad cells was imported")
            return
        }
        let text = problems.map(\.description)
        // Data row 11 is sheet row 4 (header) + 11 = 15; data row 21 is sheet row 25.
        #expect(text.contains { $0.hasPrefix("\(url.lastPathComponent) (sheet 'Data_Asy_D11'):15: error: row 11, People:") }, "\(text)")
        #expect(text.contains { $0.hasPrefix("\(url.lastPathComponent) (sheet 'Data_Asy_D11'):25: error: row 21, Date:") }, "\(text)")
        #expect(try await ImportLedger(store: store).all().isEmpty)
    }

    @Test func aWorkbookWithoutTheTableListsItsSheetsAndTheColumnsExpected() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("other.xlsx")
        try PublishedWorkbookWriter.write(
            .xlsx, sheet: "Data_Other", header: ["Date", "Local Authority", "Visits"], rows: [["2024-03-31", "Leeds", "3"]], to: url)
        let (store, outcome) = try await Self.importInto(url, AsylumSupportTable())
        guard case .rejected(let problems) = outcome, let problem = problems.first else {
            Issue.record("an unrelated workbook was imported")
            return
        }
        #expect(problem.description.contains("sheets found: 'Cover_sheet', 'Notes', 'Data_Other'"), "\(problem)")
        #expect(problem.description.contains("expected columns: Date, Support Type, UK Region"), "\(problem)")
        #expect(problem.description.contains("nearest is sheet 'Data_Other' row 4, which lacks Support Type"), "\(problem)")
        #expect(try await ImportLedger(store: store).all().isEmpty)
    }

    @Test func aDamagedOrForeignArchiveIsRefusedNamingTheFile() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (header, rows) = try Self.csvRows(RepositoryPaths.dataFile("ho-nts.csv"))
        let good = folder.appendingPathComponent("good.xlsx")
        try PublishedWorkbookWriter.write(.xlsx, sheet: "Data_NTS_01", header: header, rows: Array(rows.prefix(50)), to: good)
        let bytes = try Data(contentsOf: good)
        let truncated = folder.appendingPathComponent("truncated.xlsx")
        try bytes.prefix(bytes.count / 2).write(to: truncated)
        let cases: [(URL, String)] = [
            (truncated, "the ZIP archive is damaged"),
            (try Self.zip(["readme.txt": "hello"], in: folder, name: "foreign.zip"), "is a ZIP archive but not an .xlsx or .ods workbook"),
            (
                try Self.zip(["content.xml": "<office:document-content><table:table"], in: folder, name: "broken.ods"),
                "content.xml is not well-formed XML"
            ),
        ]
        let renamed = folder.appendingPathComponent("renamed.xlsx"), old = folder.appendingPathComponent("old.xls")
        try Data("Date,People\n2024-03-31,3\n".utf8).write(to: renamed)
        try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: old)
        let all = cases + [(renamed, "is named .xlsx but is not a workbook"), (old, "the old binary .xls format")]
        for (url, expected) in all {
            let (store, outcome) = try await Self.importInto(url, NTSTable())
            guard case .rejected(let problems) = outcome else {
                Issue.record("\(url.lastPathComponent) was imported")
                continue
            }
            #expect(problems.count == 1 && problems[0].file == url.lastPathComponent, "\(problems)")
            #expect(problems[0].message.contains(expected), "\(problems)")
            #expect(try await ImportLedger(store: store).all().isEmpty)
        }
    }

    static func zip(_ parts: [String: String], in folder: URL, name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        let archive = try ZIPArchiveForTests.create(parts)
        try archive.write(to: url)
        return url
    }
}
