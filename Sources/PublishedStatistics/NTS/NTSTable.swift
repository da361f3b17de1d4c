import PartnershipCore
import PartnershipStore

/// Home Office NTS_01: UASC transfers out of and into each LA (or NI trust) per quarter. The
/// file has names only: England and Wales names are matched to codes by `LANameNormaliser`;
/// every name it cannot match is reported. Scottish councils and NI trusts are kept by name
/// (no code list for them ships with the project). `*Total` rows are sums of the others and are
/// not stored; the import checks they agree.
public struct NTSTable: PublishedTable {
    public static let dataset = "nts"
    static let name = "Local Authority or HSCT (NI)"
    static let participates = "Able to participate in the NTS?"
    static let out = "Transfers out of Local Authority"
    static let into = "Transfers into Local Authority"
    static let fromPort = "Transfers into LA from port/intake unit"
    public static let required = ["Date", "Region", name, participates, out, into, fromPort]
    private let given: LocalAuthorityDirectory?
    /// The LA codes and names rows are checked against (the bundled ONS lists unless one is given),
    /// read when a file is parsed, not when the table is declared.
    public var directory: LocalAuthorityDirectory { given ?? .bundled }

    public init(directory: LocalAuthorityDirectory? = nil) { given = directory }

    public var dataset: String { Self.dataset }
    public var publisher: String { "Home Office (UKVI transparency data)" }
    public var table: String { "nts_transfers" }
    public var columns: [String] {
        ["quarter_end", "la_code", "la_name", "region", "able_to_participate", "transfers_out", "transfers_in", "transfers_in_from_port"]
    }

    public static let migrations = [
        Migration(
            "published.v1.nts-transfers",
            [
                """
                CREATE TABLE nts_transfers (
                    vintage_id BIGINT NOT NULL REFERENCES import_vintage(id) ON DELETE CASCADE,
                    quarter_end TEXT NOT NULL,
                    la_code TEXT,
                    la_name TEXT NOT NULL,
                    region TEXT NOT NULL,
                    able_to_participate TEXT,
                    transfers_out INTEGER NOT NULL,
                    transfers_in INTEGER NOT NULL,
                    transfers_in_from_port INTEGER NOT NULL
                )
                """,
                "CREATE INDEX nts_transfers_lookup ON nts_transfers (vintage_id, la_code, quarter_end)",
            ]),
        Migration.bigintCounts(
            "published.v2.nts-transfers.bigint-counts", [("nts_transfers", ["transfers_out", "transfers_in", "transfers_in_from_port"])]),
    ]

    /// Regions whose councils the bundled ONS tables cover, so an unmatched name there is an error of matching.
    static func hasCodeList(_ region: String) -> Bool {
        EnglishRegion.named(region) != nil || region == "Wales"
    }

    public var expectedColumns: [String] { Self.required }

    public func recognises(header: [String]) -> Bool { Self.required.allSatisfy(header.contains) }

    /// A quarter's transfers in one scope (the UK, or a region), summed to check the published totals.
    private struct Scope: Hashable {
        let day: Day
        let name: String
    }

    /// Transfers out, in, and in from a port or intake unit.
    private struct Transfers: Equatable, CustomStringConvertible {
        var out = 0, into = 0, fromPort = 0
        static func += (a: inout Self, b: Self) {
            a.out += b.out
            a.into += b.into
            a.fromPort += b.fromPort
        }
        var description: String { "[\(out), \(into), \(fromPort)]" }
    }

    /// A published (region, name) pair, resolved to its code and region once: a file repeats a few
    /// hundred pairs thousands of times.
    private struct Place: Hashable {
        let region: String
        let name: String
    }

    public func parse(_ input: CSVInput, file: String, rows: RowSink) -> ParsedTable {
        let directory = self.directory
        var result = ParsedTable()
        guard var csv = CheckedCSV(input, file: file, required: Self.required, rows: rows, problems: &result.diagnostics) else { return result }
        var matched = Set<String>(), unmatched: [String: Set<String>] = [:], byNameOnly = Set<String>(), quarters = Set<Day>()
        var placed: [Place: (listed: Bool, code: ONSCode?, region: String)] = [:]
        var sums: [Scope: Transfers] = [:], totals: [Scope: (line: Int, values: Transfers)] = [:]
        // Rows come a quarter at a time: the date's text is made once per quarter.
        var lastDay: (day: Day, text: SQLValue)?
        csv.trackRepeats(key: ["Date", "Region", "Local Authority or HSCT (NI)"])
        while let row = csv.next() {
            var fields = FieldReader(row)
            let day = fields.quarterEnd(&csv, "Date")
            let out = fields.count(&csv, Self.out), into = fields.count(&csv, Self.into), fromPort = fields.count(&csv, Self.fromPort)
            guard fields.ok, let day, let out, let into, let fromPort else { continue }
            let values = Transfers(out: out, into: into, fromPort: fromPort)
            let name = fields.text(csv, Self.name), region = fields.text(csv, "Region")
            let dayText: SQLValue
            if let last = lastDay, last.day == day {
                dayText = last.text
            } else {
                quarters.insert(day)
                dayText = .text(day.description)
                lastDay = (day, dayText)
            }
            if name.hasPrefix("*Total") || region.hasPrefix("*Total") {
                // `*Total <region>` is the region's sum; `*Total` alone the UK's.
                let scope = region.hasPrefix("*Total ") ? csv.regionName(String(region.dropFirst(7))) : "UK"
                totals[Scope(day: day, name: scope)] = (row.line, values)
                continue
            }
            let place = Place(region: region, name: name)
            let known: (listed: Bool, code: ONSCode?, region: String)
            if let found = placed[place] {
                known = found
            } else {
                let listed = Self.hasCodeList(region)
                known = (listed, listed ? directory.code(named: name) : nil, csv.regionName(region))
                placed[place] = known
                if known.code != nil { matched.insert(name) } else if !listed { byNameOnly.insert(name) }
            }
            sums[Scope(day: day, name: "UK"), default: Transfers()] += values
            sums[Scope(day: day, name: known.region), default: Transfers()] += values
            if known.code == nil && known.listed { unmatched[name, default: []].insert("line \(row.line)") }
            let participates = fields.text(csv, Self.participates)
            csv.emit([
                dayText, SQLValue(known.code?.rawValue), .text(name), .text(known.region),
                participates == "-" ? .null : .text(participates), SQLValue(out), SQLValue(into), SQLValue(fromPort),
            ])
        }
        for (key, total) in totals.sorted(by: { $0.value.line < $1.value.line }) where sums[key] ?? Transfers() != total.values {
            result.diagnostics.append(
                Diagnostic(
                    .error, file: file, line: total.line, field: Self.into,
                    message:
                        "published total \(total.values) for \(key.name) on \(key.day) does not equal the sum of its rows \(sums[key] ?? Transfers())"
                )
            )
        }
        result.notes = csv.finishRepeats().map(CheckedCSV.keptRepeatNote)
        result.diagnostics += csv.diagnostics
        result.rowCount = csv.emitted
        result.release = "NTS_01 to \(quarters.max()?.description ?? "?")"
        result.facts = [
            "\(matched.count) England and Wales names matched to LA codes", "\(unmatched.count) names unmatched",
            "\(byNameOnly.count) Scottish and NI names kept by name", "\(totals.count) published total rows checked", "\(quarters.count) quarters",
        ]
        result.notes += unmatched.keys.sorted().map { "no LA code for the name '\($0)' (\(unmatched[$0]!.count) rows kept by name)" }
        return result
    }
}
