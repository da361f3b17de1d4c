import Foundation
import FoundationEssentials
import PartnershipCore
import PartnershipStore

/// Home Office Res_D01: resettlement arrivals by LA, scheme and quarter. Each published scheme
/// name is kept and also given a short scheme id (`vprs`, `vcrs`, `ukrs`, …) programmes query by.
public struct ResettlementTable: PublishedTable {
    public static let dataset = "resettlement"
    public static let required = ["Date", "UK Region", "LAD Code", "Local Authority", "Resettlement Scheme", "Persons"]
    private let given: LocalAuthorityDirectory?
    /// The LA codes and names rows are checked against (the bundled ONS lists unless one is given),
    /// read when a file is parsed, not when the table is declared.
    public var directory: LocalAuthorityDirectory { given ?? .bundled }

    public init(directory: LocalAuthorityDirectory? = nil) { given = directory }

    public var dataset: String { Self.dataset }
    public var publisher: String { "Home Office" }
    public var table: String { "resettlement_arrivals" }
    public var columns: [String] { ["quarter_end", "la_code", "la_name", "region", "scheme", "scheme_name", "persons"] }

    public static let migrations = [
        Migration(
            "published.v1.resettlement-arrivals",
            [
                """
                CREATE TABLE resettlement_arrivals (
                    vintage_id BIGINT NOT NULL REFERENCES import_vintage(id) ON DELETE CASCADE,
                    quarter_end TEXT NOT NULL,
                    la_code TEXT,
                    la_name TEXT NOT NULL,
                    region TEXT NOT NULL,
                    scheme TEXT NOT NULL,
                    scheme_name TEXT NOT NULL,
                    persons INTEGER NOT NULL
                )
                """,
                "CREATE INDEX resettlement_arrivals_lookup ON resettlement_arrivals (vintage_id, scheme, la_code)",
            ]),
        Migration.bigintCounts("published.v2.resettlement-arrivals.bigint-counts", [("resettlement_arrivals", ["persons"])]),
    ]

    /// Short scheme ids for Res_D01's scheme names (folded for case and the VCRS apostrophe).
    public static func schemeID(_ name: String) -> String {
        let key = NameKey.fold(name.replacingOccurrences(of: "'", with: ""))
        switch key {
        case "vulnerable persons resettlement scheme": return "vprs"
        case "vulnerable childrens resettlement scheme", "vulnerable children resettlement scheme": return "vcrs"
        case "uk resettlement scheme": return "ukrs"
        case "uk resettlement scheme community sponsorship scheme": return "community-sponsorship"
        case "mandate scheme": return "mandate"
        case "relocation arap": return "arap"
        default: return key.hasPrefix("resettlement acrs") || key.hasPrefix("resettlement afghan") ? "acrs" : "other"
        }
    }

    public var expectedColumns: [String] { Self.required }

    public func recognises(header: [String]) -> Bool { Self.required.allSatisfy(header.contains) }

    public func parse(_ input: CSVInput, file: String, rows: RowSink) -> ParsedTable {
        let directory = self.directory
        var result = ParsedTable()
        guard var csv = CheckedCSV(input, file: file, required: Self.required, rows: rows, problems: &result.diagnostics) else { return result }
        var codes = Set<ONSCode>(), quarters = Set<Day>(), unknownLA = 0, unmatched = 0
        // A file names a handful of schemes thousands of times; each name is folded once.
        var schemeIDs: [String: String] = [:]
        csv.trackRepeats(key: ["Date", "UK Region", "LAD Code", "Local Authority", "Resettlement Scheme"])
        while let row = csv.next() {
            var fields = FieldReader(row)
            let day = fields.quarterEnd(&csv, "Date")
            let persons = fields.count(&csv, "Persons")
            let scheme = fields.text(csv, "Resettlement Scheme")
            if scheme.isEmpty { fields.fail(&csv, "Resettlement Scheme", "no scheme named") }
            let codeText = fields.text(csv, "LAD Code")
            var code: ONSCode?
            if codeText.lowercased() != "unknown" {
                code = ONSCode(codeText)
                if code == nil { fields.fail(&csv, "LAD Code", "'\(codeText)' is not an ONS code or Unknown") }
            }
            guard fields.ok, let day, let persons else { continue }
            let current = code.map(directory.current)
            if let current {
                if directory.isKnown(current) { codes.insert(current) } else if LocalAuthorityDirectory.covers(current) { unmatched += 1 }
            } else {
                unknownLA += 1
            }
            quarters.insert(day)
            let region = fields.text(csv, "UK Region")
            let schemeID = schemeIDs[scheme] ?? Self.schemeID(scheme)
            schemeIDs[scheme] = schemeID
            csv.emit([
                .text(day.description), SQLValue(current?.rawValue), .text(fields.text(csv, "Local Authority")),
                .text(csv.regionName(region)), .text(schemeID), .text(scheme), SQLValue(persons),
            ])
        }
        result.notes = csv.finishRepeats().map(CheckedCSV.keptRepeatNote) + result.notes
        result.diagnostics += csv.diagnostics
        result.rowCount = csv.emitted
        result.release = "Res_D01 to \(quarters.max()?.description ?? "?")"
        result.facts = [
            "\(codes.count) England and Wales LAs matched", "\(unmatched) England and Wales rows unmatched",
            "\(unknownLA) rows with LA 'Unknown' (kept for national totals)", "\(quarters.count) quarters",
        ]
        return result
    }
}
