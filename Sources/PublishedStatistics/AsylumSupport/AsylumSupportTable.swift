import PartnershipCore
import PartnershipStore

/// Home Office Asy_D11: people on asylum support by LA, quarter end, support type and
/// accommodation type. Old LA codes move to today's; spelling variants fold; non-geographic rows
/// (`N/A - Section 4 (pre-2018)` …) are kept without a code so national totals stay whole.
public struct AsylumSupportTable: PublishedTable {
    public static let dataset = "asylum-support"
    public static let required = ["Date", "Support Type", "UK Region", "Local Authority", "LAD Code", "Accommodation Type", "People"]
    private let given: LocalAuthorityDirectory?
    /// The LA codes and names rows are checked against (the bundled ONS lists unless one is given),
    /// read when a file is parsed, not when the table is declared.
    public var directory: LocalAuthorityDirectory { given ?? .bundled }

    public init(directory: LocalAuthorityDirectory? = nil) { given = directory }

    public var dataset: String { Self.dataset }
    public var publisher: String { "Home Office" }
    public var table: String { "asylum_support" }
    public var columns: [String] { ["snapshot", "la_code", "la_name", "region", "support_type", "accommodation_type", "people"] }

    public static let migrations = [
        Migration(
            "published.v1.asylum-support",
            [
                """
                CREATE TABLE asylum_support (
                    vintage_id BIGINT NOT NULL REFERENCES import_vintage(id) ON DELETE CASCADE,
                    snapshot TEXT NOT NULL,
                    la_code TEXT,
                    la_name TEXT NOT NULL,
                    region TEXT NOT NULL,
                    support_type TEXT NOT NULL,
                    accommodation_type TEXT NOT NULL,
                    people INTEGER NOT NULL
                )
                """,
                "CREATE INDEX asylum_support_lookup ON asylum_support (vintage_id, snapshot, la_code)",
            ]),
        Migration.bigintCounts("published.v2.asylum-support.bigint-counts", [("asylum_support", ["people"])]),
    ]

    public var expectedColumns: [String] { Self.required }

    public func recognises(header: [String]) -> Bool { Self.required.allSatisfy(header.contains) }

    public func parse(_ input: CSVInput, file: String, rows: RowSink) -> ParsedTable {
        let directory = self.directory
        var result = ParsedTable()
        guard var csv = CheckedCSV(input, file: file, required: Self.required, rows: rows, problems: &result.diagnostics) else { return result }
        csv.trackRepeats(key: ["Date", "Support Type", "UK Region", "Local Authority", "LAD Code", "Accommodation Type"])
        let supportTypes = KnownValues(AsylumSupportType.allCases.map(\.rawValue))
        let accommodationTypes = KnownValues(AsylumSupportType.accommodationTypes)
        var codes = Set<ONSCode>(), snapshots = Set<Day>(), unknown: [String: Int] = [:]
        var remapped = 0, unmatched = 0, outside = 0, relabelled: [String: Int] = [:], miscoded: [String: Int] = [:]
        var codeByName: [UInt64: (name: String, code: ONSCode?)] = [:]
        while let row = csv.next() {
            var fields = FieldReader(row)
            let day = fields.quarterEnd(&csv, "Date")
            let support = fields.oneOf(&csv, "Support Type", supportTypes)
            let accommodation = fields.oneOf(&csv, "Accommodation Type", accommodationTypes)
            let people = fields.count(&csv, "People")
            let codeText = fields.text(csv, "LAD Code")
            var code: ONSCode?
            if !codeText.hasPrefix("N/A") {
                code = ONSCode(codeText)
                if code == nil { fields.fail(&csv, "LAD Code", "'\(codeText)' is not an ONS code or N/A") }
            }
            guard fields.ok, let day, let support, let accommodation, let people else { continue }
            var current = code.map(directory.current)
            if current != code { remapped += 1 }
            // A code that belongs to another LA than the one named (2022 Q4 Section 98 rows carry
            // Hull's code beside other LAs' names): the name decides, and the import says so.
            let name = fields.text(csv, "Local Authority")
            if let published = current {
                // Looked up once per distinct name. Keyed by the name's UTF-8 bytes: hashing the
                // parser's Strings directly goes through Unicode normalisation, 4 µs a row.
                let bytes = name.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
                let byName: ONSCode?
                if let cached = codeByName[bytes], cached.name.utf8.elementsEqual(name.utf8) {
                    byName = cached.code
                } else {
                    byName = directory.code(named: name).map(directory.current)
                    codeByName[bytes] = (name, byName)
                }
                let named = byName == published ? nil : byName
                if let named {
                    current = named
                    miscoded["\(published.rawValue) published beside the name \(name): stored under \(name)'s code \(named.rawValue)", default: 0] +=
                        1
                }
            }
            if let current {
                if directory.isKnown(current) {
                    codes.insert(current)
                } else if LocalAuthorityDirectory.covers(current) {
                    unmatched += 1
                    unknown["\(current.rawValue) \(fields.text(csv, "Local Authority"))", default: 0] += 1
                } else {
                    outside += 1
                }
            }
            snapshots.insert(day)
            // The region follows the code (ONS), not the label: a few published rows carry the wrong one.
            let label = fields.text(csv, "UK Region")
            var region = csv.regionName(label)
            if let current, let ons = directory.region(of: current), ons.name != region {
                relabelled[
                    "\(current.rawValue) \(fields.text(csv, "Local Authority")): published as \(region), ONS places it in \(ons.name)", default: 0] +=
                    1
                region = ons.name
            }
            csv.emit([
                .text(day.description), SQLValue(current?.rawValue), .text(fields.text(csv, "Local Authority")),
                .text(region), .text(support), .text(accommodation), SQLValue(people),
            ])
        }
        result.notes = csv.finishRepeats().map(CheckedCSV.keptRepeatNote)
        result.diagnostics += csv.diagnostics
        result.rowCount = csv.emitted
        result.release = "Asy_D11 to \(snapshots.max()?.description ?? "?")"
        result.facts = [
            "\(codes.count) England and Wales LAs matched", "\(unmatched) rows unmatched",
            "\(outside) Scotland and NI rows kept (no code list for them ships with the project)",
            "\(snapshots.count) quarters", "\(remapped) rows moved to successor LA codes",
        ]
        result.notes +=
            miscoded.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value) rows)" }
            + relabelled.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value) rows; stored under the ONS region)" }
            + unknown.sorted { $0.key < $1.key }.map { "no LA with code \($0.key) in the bundled ONS lists (\($0.value) rows kept)" }
        return result
    }
}

/// Asy_D11's support types and accommodation types, with spelling variants folded to these.
public enum AsylumSupportType: String, Sendable, CaseIterable {
    case section95 = "Section 95", section4 = "Section 4", section98 = "Section 98"

    public static let accommodationTypes = [
        "Dispersal Accommodation", "Initial Accommodation", "Contingency Accommodation - Hotel", "Contingency Accommodation - Other",
        "Other Accommodation", "Subsistence Only", "N/A - Section 98 (pre-2023)",
    ]
}
