import PartnershipCore
import PartnershipStore

/// ONS mid-year population estimates by single year of age (0…89 and 90+) for lower-tier
/// (`ltlaYY_code`) or upper-tier (`utlaYY_code`) LAs. The year and the tier come from the header;
/// each row's ages must sum to its total. Codes move to today's LAs (merged areas sum in queries).
public struct PopulationTable: PublishedTable {
    public enum Tier: String, Sendable, CaseIterable { case lower = "ltla", upper = "utla" }
    public static let oldest = 90

    public let tier: Tier
    private let given: LocalAuthorityDirectory?
    /// The LA codes and names rows are checked against (the bundled ONS lists unless one is given),
    /// read when a file is parsed, not when the table is declared.
    public var directory: LocalAuthorityDirectory { given ?? .bundled }

    public init(tier: Tier, directory: LocalAuthorityDirectory? = nil) {
        self.tier = tier
        given = directory
    }

    public var dataset: String { "population-\(tier.rawValue)" }
    public var publisher: String { "Office for National Statistics" }
    public var table: String { "population" }
    public var columns: [String] { ["year", "tier", "la_code", "la_name", "age", "people"] }

    public static let migrations = [
        Migration(
            "published.v1.population",
            [
                """
                CREATE TABLE population (
                    vintage_id BIGINT NOT NULL REFERENCES import_vintage(id) ON DELETE CASCADE,
                    year INTEGER NOT NULL,
                    tier TEXT NOT NULL,
                    la_code TEXT NOT NULL,
                    la_name TEXT NOT NULL,
                    age INTEGER NOT NULL,
                    people INTEGER NOT NULL
                )
                """,
                "CREATE INDEX population_lookup ON population (vintage_id, la_code, age)",
            ]),
        Migration.bigintCounts("published.v2.population.bigint-counts", [("population", ["people"])]),
    ]

    /// The table for a header like `ltla19_code, ltla19_name, total_population, 0, …, 90+`.
    public static func recognising(header: [String]) -> PopulationTable? {
        Tier.allCases.map { PopulationTable(tier: $0) }.first { $0.recognises(header: header) }
    }

    /// `2019` from `ltla19_code`.
    static func year(_ header: [String], tier: Tier) -> Int? {
        guard let column = header.first(where: { $0.hasPrefix(tier.rawValue) && $0.hasSuffix("_code") }) else { return nil }
        return Int(column.dropFirst(4).dropLast(5)).map { 2000 + $0 }
    }

    /// The most residents one LA (or one age in one LA) may have: the largest English LA has
    /// about 1.1 million; 20 million leaves room and still keeps every sum far from overflow.
    static let plausiblePopulation = 20_000_000

    static var ageColumns: [String] { (0..<oldest).map(String.init) + ["\(oldest)+"] }

    public var expectedColumns: [String] {
        ["\(tier.rawValue)YY_code", "\(tier.rawValue)YY_name", "total_population", "0", "…", "\(Self.oldest)+"]
    }

    public func recognises(header: [String]) -> Bool {
        Self.year(header, tier: tier) != nil && header.contains("total_population") && Self.ageColumns.allSatisfy(header.contains)
    }

    public func parse(_ input: CSVInput, file: String, rows: RowSink) -> ParsedTable {
        let directory = self.directory
        var result = ParsedTable()
        var problems: [Diagnostic] = []
        guard var csv = CheckedCSV(input, file: file, required: [], rows: rows, problems: &problems),
            let year = Self.year(csv.header, tier: tier)
        else {
            result.diagnostics =
                problems + [
                    Diagnostic(
                        .error, file: file, line: 1,
                        message:
                            "not an ONS \(tier.rawValue) single-year-of-age file: expected columns \(tier.rawValue)YY_code, "
                            + "\(tier.rawValue)YY_name, total_population, 0 … 89, 90+"
                    )
                ]
            return result
        }
        let prefix = "\(tier.rawValue)\(year % 100)"
        let required = ["\(prefix)_code", "\(prefix)_name", "total_population"] + Self.ageColumns
        let missing = required.filter { !csv.header.contains($0) }
        guard missing.isEmpty else {
            result.diagnostics = missing.map {
                Diagnostic(.error, file: file, line: csv.headerLine, field: $0, message: "required column is missing")
            }
            return result
        }
        var codes = Set<ONSCode>()
        csv.trackRepeats(key: ["\(prefix)_code"])
        while let row = csv.next() {
            var fields = FieldReader(row)
            let codeText = fields.text(csv, "\(prefix)_code")
            let code = ONSCode(codeText)
            if code == nil { fields.fail(&csv, "\(prefix)_code", "'\(codeText)' is not an ONS code") }
            let total = fields.count(&csv, "total_population", maximum: Self.plausiblePopulation)
            let ages = Self.ageColumns.map { fields.count(&csv, $0, maximum: Self.plausiblePopulation) }
            if fields.ok, let total, ages.reduce(0, { $0 + ($1 ?? 0) }) != total {
                fields.fail(&csv, "total_population", "\(total) is not the sum of the single years of age (\(ages.reduce(0) { $0 + ($1 ?? 0) }))")
            }
            guard fields.ok, let code else { continue }
            let current = directory.current(code)
            codes.insert(current)
            let name = fields.text(csv, "\(prefix)_name")
            for (age, people) in ages.enumerated() {
                csv.emit([SQLValue(year), .text(tier.rawValue), .text(current.rawValue), .text(name), SQLValue(age), SQLValue(people ?? 0)])
            }
        }
        for again in csv.finishRepeats() {
            csv.report(line: again.line, "\(prefix)_code", "appears again (first on line \(again.firstLine)): one row per LA")
        }
        result.diagnostics += csv.diagnostics
        result.rowCount = csv.emitted
        result.release = "ONS mid-\(year) population estimates (\(tier == .lower ? "lower-tier" : "upper-tier") LAs)"
        result.facts = ["\(codes.count) LAs at today's boundaries", "mid-\(year)"]
        return result
    }
}
