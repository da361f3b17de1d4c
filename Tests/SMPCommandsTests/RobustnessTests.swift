import Foundation
import PublishedStatistics
import TestSupport
import Testing

/// The robustness suite: malformed variants derived from the bundled Home Office and ONS files
/// (and from synthetic record files), each of which must either import cleanly or be refused with
/// its file and line, leaving the store exactly as it was, and never crash. Prints its counts.
@Suite(.serialized) struct RobustnessTests {
    static let folder = try! RepositoryPaths.temporaryFolder()

    /// A bundled table cut to its header and first rows (enough to exercise every check, fast).
    struct Source {
        let dataset: String
        let file: String
        let countColumn: Int
        let dateColumn: Int?
    }

    static let sources = [
        Source(dataset: "asylum-support", file: "ho-local_authority_support.csv", countColumn: 8, dateColumn: 0),
        Source(dataset: "resettlement", file: "ho-local_authority_resettlement.csv", countColumn: 7, dateColumn: 0),
        Source(dataset: "nts", file: "ho-nts.csv", countColumn: 6, dateColumn: 0),
        Source(dataset: "nrm", file: "ho-nrm_referrals_longitudinal.csv", countColumn: -1, dateColumn: nil),
        Source(dataset: "population", file: "ons-mye2019-persons-single-year-of-age-ltla19.csv", countColumn: 2, dateColumn: nil),
    ]

    enum Expect { case imports, refused }

    /// One malformed variant: its name, the bytes, and what must happen.
    struct Case {
        let name: String
        let bytes: Data
        let expect: Expect
    }

    static func lines(_ source: Source) throws -> [String] {
        let text = try String(contentsOf: BundledData.file(source.file), encoding: .utf8)
        return Array(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(120).map(String.init)).filter { !$0.isEmpty }
    }

    static func replacing(_ line: String, column: Int, with value: String) -> String {
        var fields = line.components(separatedBy: ",")
        let index = column < 0 ? fields.count - 1 : column
        fields[index] = value
        return fields.joined(separator: ",")
    }

    static func renamed(_ header: String, column: Int) -> String {
        var names = header.components(separatedBy: ",")
        names[column < 0 ? names.count - 1 : column] = "Something else"
        return names.joined(separator: ",")
    }

    static func cases(_ source: Source) throws -> [Case] {
        let all = try lines(source)
        let header = all[0], rows = Array(all.dropFirst())
        func text(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }
        func withRow(_ index: Int, _ row: String) -> Data {
            var copy = rows
            copy[index] = row
            return text([header] + copy)
        }
        var out: [Case] = [
            Case(name: "header only", bytes: text([header]), expect: .refused),
            Case(name: "empty file", bytes: Data(), expect: .refused),
            Case(name: "byte-order mark", bytes: Data([0xEF, 0xBB, 0xBF]) + text([header] + rows), expect: .imports),
            Case(name: "CRLF line ends", bytes: Data(([header] + rows).joined(separator: "\r\n").utf8) + Data("\r\n".utf8), expect: .imports),
            Case(name: "NUL byte", bytes: withRow(3, rows[3] + "\u{0}"), expect: .refused),
            Case(
                name: "invalid UTF-8", bytes: text([header] + rows.prefix(5)) + Data([0xFF, 0xFE, 0x0A]) + text(Array(rows.dropFirst(5))),
                expect: .refused),
            Case(name: "Latin-1 letter", bytes: text([header] + rows.prefix(2)) + Data(rows[2].utf8) + Data([0xE9, 0x0A]), expect: .refused),
            Case(
                name: "count 2^63-1", bytes: withRow(4, replacing(rows[4], column: source.countColumn, with: "9223372036854775807")), expect: .refused
            ),
            Case(
                name: "count 3,000,000,000", bytes: withRow(4, replacing(rows[4], column: source.countColumn, with: "3000000000")), expect: .refused),
            Case(name: "negative count", bytes: withRow(4, replacing(rows[4], column: source.countColumn, with: "-5")), expect: .refused),
            Case(name: "count not a number", bytes: withRow(4, replacing(rows[4], column: source.countColumn, with: "abc")), expect: .refused),
            Case(name: "exact duplicate row", bytes: text([header] + rows + [rows[6]]), expect: .refused),
            Case(
                name: "duplicate header name", bytes: text([header + "," + header.components(separatedBy: ",")[1]] + rows.map { $0 + ",x" }),
                expect: .refused),
            Case(
                name: "field over 4 KB", bytes: withRow(5, replacing(rows[5], column: 1, with: String(repeating: "A", count: 5000))), expect: .refused
            ),
            Case(name: "row with an extra field", bytes: withRow(7, rows[7] + ",extra"), expect: .refused),
            Case(
                name: "row with a field missing", bytes: withRow(7, rows[7].components(separatedBy: ",").dropLast().joined(separator: ",")),
                expect: .refused),
            Case(name: "unbalanced quote", bytes: withRow(8, "\"" + rows[8]), expect: .refused),
            Case(name: "a required column renamed", bytes: text([renamed(header, column: source.countColumn)] + rows), expect: .refused),
            Case(name: "tab-separated", bytes: text(([header] + rows).map { $0.replacingOccurrences(of: ",", with: "\t") }), expect: .refused),
            Case(name: "semicolon-separated", bytes: text(([header] + rows).map { $0.replacingOccurrences(of: ",", with: ";") }), expect: .refused),
            Case(name: "blank lines between rows", bytes: text([header] + rows.flatMap { [$0, ""] }), expect: .imports),
            Case(
                name: "header with padded names", bytes: text([header.components(separatedBy: ",").map { " \($0) " }.joined(separator: ",")] + rows),
                expect: .imports),
            Case(
                name: "200 bad rows", bytes: text([header] + (0..<200).map { _ in replacing(rows[9], column: source.countColumn, with: "x") }),
                expect: .refused),
        ]
        if let date = source.dateColumn {
            out += [
                Case(name: "date 2099-12-31", bytes: withRow(2, replacing(rows[2], column: date, with: "2099-12-31")), expect: .refused),
                Case(name: "date 1900-03-31", bytes: withRow(2, replacing(rows[2], column: date, with: "1900-03-31")), expect: .refused),
                Case(name: "date not a date", bytes: withRow(2, replacing(rows[2], column: date, with: "31/03/2019")), expect: .refused),
            ]
        }
        return out
    }

    /// A partnership's own records file, generated synthetic, and its variants.
    struct RecordSource {
        let name: String
        let generate: [String]
        let importCommand: [String]
        let listCommand: [String]
        let dateColumn: Int
    }

    static let recordSources = [
        RecordSource(
            name: "modern-slavery referrals", generate: ["modern-slavery", "synthetic", "--region", "east-midlands", "--seed", "3"],
            importCommand: ["modern-slavery", "referral", "import", "--region", "east-midlands"],
            listCommand: ["modern-slavery", "referral", "list", "--region", "east-midlands", "--format", "json"], dateColumn: 4),
        RecordSource(
            name: "NRPF cases", generate: ["nrpf", "synthetic", "--region", "east-midlands", "--seed", "2"],
            importCommand: ["nrpf", "case", "import", "--region", "east-midlands"],
            listCommand: ["nrpf", "case", "list", "--region", "east-midlands", "--format", "json"], dateColumn: 6),
    ]

    static func recordCases(_ all: [String], dateColumn: Int) -> [Case] {
        let header = all[0], rows = Array(all.dropFirst())
        func text(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }
        func withRow(_ index: Int, _ row: String) -> Data {
            var copy = rows
            copy[index] = row
            return text([header] + copy)
        }
        func ref(_ value: String) -> Data { withRow(1, replacing(rows[1], column: 0, with: value)) }
        // The generated source (the last column) is quoted and holds a comma.
        func source(_ value: String) -> Data {
            let row = rows[1]
            return withRow(1, String(row[..<row.range(of: ",\"SYNTHETIC")!.lowerBound]) + "," + value)
        }
        return [
            Case(name: "header only", bytes: text([header]), expect: .refused),
            Case(name: "NUL byte", bytes: withRow(2, rows[2] + "\u{0}"), expect: .refused),
            Case(name: "invalid UTF-8", bytes: text([header] + rows.prefix(3)) + Data([0xC3, 0x28, 0x0A]), expect: .refused),
            Case(name: "byte-order mark", bytes: Data([0xEF, 0xBB, 0xBF]) + text([header] + rows), expect: .imports),
            Case(name: "CRLF line ends", bytes: Data(([header] + rows).joined(separator: "\r\n").utf8) + Data("\r\n".utf8), expect: .imports),
            Case(name: "a name as the reference", bytes: ref("Ahmed-Ali-7"), expect: .refused),
            Case(name: "a date of birth in the reference", bytes: ref("X-1985-03-12"), expect: .refused),
            Case(name: "a name in the reference with a date", bytes: ref("Ahmed-Ali-1985-03-12"), expect: .refused),
            Case(name: "a name in the source", bytes: source("Ahmed Ali family"), expect: .refused),
            Case(name: "a title and name in the source", bytes: source("from Mr Hassan"), expect: .refused),
            Case(name: "a date of birth in the source", bytes: source("DOB 12/03/1985"), expect: .refused),
            Case(name: "a two-line source", bytes: source("\"first line\nsecond line\""), expect: .refused),
            Case(name: "an organisation as the source", bytes: source("Durham County Council return 2024-03"), expect: .imports),
            Case(name: "a client_name column", bytes: text([header + ",client_name"] + rows.map { $0 + ",Someone" }), expect: .refused),
            Case(name: "a DateOfBirth column", bytes: text([header + ",DateOfBirth"] + rows.map { $0 + ",1990-01-01" }), expect: .refused),
            Case(
                name: "field over 4 KB", bytes: withRow(2, replacing(rows[2], column: 1, with: String(repeating: "B", count: 5000))), expect: .refused
            ),
            Case(name: "duplicate header name", bytes: text([header + ",ref"] + rows.map { $0 + ",x" }), expect: .refused),
            Case(name: "row with an extra field", bytes: withRow(3, rows[3] + ",x"), expect: .refused),
            Case(name: "the same reference twice", bytes: text([header] + rows + [rows[0]]), expect: .refused),
            Case(name: "date 2099-12-31", bytes: withRow(4, replacing(rows[4], column: dateColumn, with: "2099-12-31")), expect: .refused),
        ]
    }

    @Test(arguments: StoreEngine.available)
    func everyMalformedRecordFileIsRefusedWithNothingChanged(engine: StoreEngine) async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", engine.databaseArgument(in: Self.folder)]
        let work = Self.folder.appendingPathComponent("records-\(engine)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        var counts = Counts()
        for source in Self.recordSources {
            let original = work.appendingPathComponent("\(source.name).csv")
            #expect(await smp(source.generate + ["--out", original.path, "--regions", RepositoryPaths.regions.path]).status == 0)
            #expect(await smp(source.importCommand + [original.path] + common).status == 0)
            let lines = try String(contentsOf: original, encoding: .utf8).split(separator: "\n").map(String.init)
            for (index, variant) in Self.recordCases(lines, dateColumn: source.dateColumn).enumerated() {
                counts.cases += 1
                let url = work.appendingPathComponent("\(source.name)-\(index).csv")
                try variant.bytes.write(to: url)
                let before = await smp(source.listCommand + common).stdout
                let run = await smp(source.importCommand + [url.path] + common)
                let after = await smp(source.listCommand + common).stdout
                let label = "\(source.name) / \(variant.name)"
                switch variant.expect {
                case .imports:
                    if run.status == 0 { counts.acceptances += 1 } else { counts.failures.append("\(label): \(run.stderr.prefix(300))") }
                case .refused:
                    if run.status == 1 && run.stderr.contains(url.lastPathComponent) && before == after {
                        counts.cleanRejections += 1
                    } else {
                        counts.failures.append("\(label): status \(run.status), unchanged \(before == after), \(run.stderr.prefix(300))")
                    }
                }
            }
        }
        print("Robustness suite, record files (\(engine)): \(counts)")
        #expect(counts.failures.isEmpty, "\(counts.failures.joined(separator: "\n"))")
    }

    struct Counts: CustomStringConvertible {
        var cases = 0, cleanRejections = 0, acceptances = 0, failures: [String] = []
        var description: String {
            "\(cases) cases: \(cleanRejections) refused with file and line and the store unchanged, \(acceptances) imported cleanly, "
                + "\(failures.count) not as expected, 0 crashes (a crash would end this test run)"
        }
    }

    @Test(arguments: StoreEngine.available)
    func everyMalformedVariantIsImportedCleanlyOrRefusedWithTheStoreUnchanged(engine: StoreEngine) async throws {
        let smp = try InProcessCLI()
        let db = ["--db", engine.databaseArgument(in: Self.folder)]
        let work = Self.folder.appendingPathComponent("variants-\(engine)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        // A store in use: the real tables already in, so a bad file must not disturb them.
        #expect(await smp(["import", "--bundled"] + db).status == 0)
        var counts = Counts()
        for source in Self.sources {
            for (index, variant) in try Self.cases(source).enumerated() {
                counts.cases += 1
                let name = "\(source.dataset)-\(index).csv"
                let url = work.appendingPathComponent(source.dataset == "population" ? "ltla19-\(index).csv" : name)
                try variant.bytes.write(to: url)
                let before = try await smp(["db", "vintages", "--format", "json"] + db).stdout
                let run = await smp(["import", source.dataset, url.path] + db)
                let after = try await smp(["db", "vintages", "--format", "json"] + db).stdout
                let label = "\(source.dataset) / \(variant.name)"
                switch variant.expect {
                case .imports:
                    if run.status == 0 && run.stdout.contains("Imported") {
                        counts.acceptances += 1
                    } else {
                        counts.failures.append("\(label): \(run.stderr.prefix(300))")
                    }
                case .refused:
                    let named = run.stderr.contains(url.lastPathComponent) || run.stderr.contains(url.path)
                    let hasLine = run.stderr.range(of: #":\d+: error"#, options: .regularExpression) != nil || variant.name == "empty file"
                    if run.status == 1 && named && hasLine && before == after && run.stderr.components(separatedBy: "\n").count < 110 {
                        counts.cleanRejections += 1
                    } else {
                        counts.failures.append("\(label): status \(run.status), unchanged \(before == after), \(run.stderr.prefix(300))")
                    }
                }
            }
        }
        // Not a file: a directory.
        counts.cases += 1
        let directory = await smp(["import", "asylum-support", work.path] + db)
        if directory.status == 1 && directory.stderr.contains("is a directory") {
            counts.cleanRejections += 1
        } else {
            counts.failures.append("directory: \(directory.stderr)")
        }
        print("Robustness suite (\(engine)): \(counts)")
        #expect(counts.failures.isEmpty, "\(counts.failures.joined(separator: "\n"))")
        #expect(counts.cases >= 100)
    }
}
