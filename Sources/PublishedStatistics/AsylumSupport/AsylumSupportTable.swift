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
        var snapshots = Set<Day>(), lastDay: Day?, unknown: [String: Int] = [:]
        var remapped = 0, unmatched = 0, outside = 0, relabelled: [String: Int] = [:], miscoded: [String: Int] = [:]
        // Where each distinct (code, name, region label) goes, worked out once: a file repeats a
        // few hundred of them tens of thousands of times.
        var places: [UInt64: AsylumSupportPlace] = [:], everyPlace: [AsylumSupportPlace] = []
        while let row = csv.next() {
            var fields = FieldReader(row)
            let day = fields.quarterEnd(&csv, "Date")
            let support = fields.oneOf(&csv, "Support Type", supportTypes)
            let accommodation = fields.oneOf(&csv, "Accommodation Type", accommodationTypes)
            let people = fields.count(&csv, "People")
            let codeText = fields.text(csv, "LAD Code"), name = fields.text(csv, "Local Authority"), label = fields.text(csv, "UK Region")
            let key = AsylumSupportPlace.key(codeText, name, label)
            var place = places[key].flatMap { $0.isFor(codeText, name, label) ? $0 : nil }
            if place == nil {
                let notApplicable = codeText.hasPrefix("N/A"), code = notApplicable ? nil : ONSCode(codeText)
                if notApplicable || code != nil {
                    let found = AsylumSupportPlace(code: code, codeText: codeText, name: name, label: label, directory: directory, csv: &csv)
                    // A key two triples share (odds ~1e-14 a file) only costs the work again.
                    places[key] = found
                    everyPlace.append(found)
                    place = found
                } else {
                    fields.fail(&csv, "LAD Code", "'\(codeText)' is not an ONS code or N/A")
                }
            }
            guard fields.ok, let day, let support, let accommodation, let people, let place else { continue }
            place.used = true
            if place.remapped { remapped += 1 }
            if let note = place.miscoded { miscoded[note, default: 0] += 1 }
            if let note = place.relabelled { relabelled[note, default: 0] += 1 }
            switch place.coverage {
            case .known, .none: break
            case .unmatched(let note):
                unmatched += 1
                unknown[note, default: 0] += 1
            case .outside: outside += 1
            }
            if day != lastDay {
                snapshots.insert(day)
                lastDay = day
            }
            csv.emit([
                .text(day.description), SQLValue(place.current?.rawValue), .text(name), .text(place.region), .text(support), .text(accommodation),
                SQLValue(people),
            ])
        }
        let codes = Set(everyPlace.filter { $0.used && $0.coverage == .known }.compactMap(\.current))
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
