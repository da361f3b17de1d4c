import PartnershipCore

/// Reads `local-authorities.csv`: one row per LA of the region at today's boundaries.
struct LocalAuthoritiesReader {
    static let file = "local-authorities.csv"
    static let required = [
        "ons_code", "name", "tier", "parent_code", "population", "child_population", "population_vintage", "population_source", "dispersal",
    ]
    static let optional = ["sub_region", "dispersal_source"]

    let sink: DiagnosticSink
    let displayPath: String

    /// Where each LA is in the file, for checks across modules.
    struct Position: Sendable, Hashable {
        let line: Int
        let row: Int
    }

    func read(_ text: String) -> [LocalAuthority] { readWithPositions(text).authorities }

    func readWithPositions(_ text: String) -> (authorities: [LocalAuthority], positions: [ONSCode: Position]) {
        guard let table = CSVTable.read(text, file: displayPath, sink: sink),
            table.checkColumns(required: Self.required, optional: Self.optional, file: displayPath, sink: sink)
        else { return ([], [:]) }
        if table.rows.isEmpty {
            sink.error(displayPath, line: 2, "no local authorities: add one row per LA of the region")
            return ([], [:])
        }
        var seen: [ONSCode: Int] = [:]
        var result: [(LocalAuthority, line: Int, row: Int)] = []
        for row in table.rows {
            if row.columnCount != table.header.count {
                sink.error(displayPath, line: row.line, row: row.number, "has \(row.columnCount) fields, the header has \(table.header.count)")
                continue
            }
            if let la = readRow(row) {
                if let first = seen[la.code] {
                    sink.error(displayPath, line: row.line, row: row.number, field: "ons_code", "duplicate code \(la.code) (first on row \(first))")
                    continue
                }
                seen[la.code] = row.number
                result.append((la, row.line, row.number))
            }
        }
        let byCode = Dictionary(result.map { ($0.0.code, $0.0) }, uniquingKeysWith: { a, _ in a })
        for (la, line, row) in result {
            if la.tier == .district {
                guard let parent = la.parentCode else {
                    sink.error(displayPath, line: line, row: row, field: "parent_code", "a district needs its county's code")
                    continue
                }
                if byCode[parent]?.tier != .county {
                    sink.error(displayPath, line: line, row: row, field: "parent_code", "\(parent) is not a county of this region")
                }
            } else if let parent = la.parentCode {
                sink.error(
                    displayPath, line: line, row: row, field: "parent_code",
                    "only districts have a parent; \(la.tier.rawValue) \(la.name) has \(parent)")
            }
        }
        for (county, line, row) in result where county.tier == .county {
            if !result.contains(where: { $0.0.parentCode == county.code }) {
                sink.warning(displayPath, line: line, row: row, field: "ons_code", "county \(county.name) has no districts in this file")
            }
        }
        return (result.map(\.0), Dictionary(result.map { ($0.0.code, Position(line: $0.line, row: $0.row)) }, uniquingKeysWith: { a, _ in a }))
    }

    private func readRow(_ row: CSVTable.Row) -> LocalAuthority? {
        var ok = true
        func value(_ column: String, required: Bool = true) -> String? {
            let text = row.fields[column] ?? ""
            if Placeholder.isPlaceholder(text) {
                sink.error(displayPath, line: row.line, row: row.number, field: column, "not filled in: \(Placeholder.hint(text))")
                ok = false
                return nil
            }
            if text.isEmpty {
                if required {
                    sink.error(displayPath, line: row.line, row: row.number, field: column, "required value is empty")
                    ok = false
                }
                return nil
            }
            return text
        }
        func fail(_ column: String, _ message: String, suggestion: String? = nil) {
            sink.error(displayPath, line: row.line, row: row.number, field: column, message, suggestion: suggestion)
            ok = false
        }

        let codeText = value("ons_code")
        let code = codeText.flatMap(ONSCode.init)
        if let codeText, code == nil { fail("ons_code", "'\(codeText)' is not an ONS code (a letter and eight digits, e.g. E06000002)") }
        let name = value("name")
        let tierText = value("tier")
        let tier = tierText.flatMap(LocalAuthorityTier.init(rawValue:))
        if let tierText, tier == nil {
            let all = LocalAuthorityTier.allCases.map(\.rawValue)
            fail(
                "tier", "'\(tierText)' is not a tier",
                suggestion: NearestName.to(tierText, in: all).map { "did you mean '\($0)'?" } ?? "one of: \(all.joined(separator: ", "))")
        }
        if let code, let tier, !tier.codePrefixes.contains(code.entity) {
            fail(
                "tier",
                "\(code) is an \(code.entity) code, which is not a \(tier.rawValue) (\(tier.rawValue) codes start "
                    + "\(tier.codePrefixes.joined(separator: "/")))"
            )
        }
        let parentText = value("parent_code", required: false)
        let parent = parentText.flatMap(ONSCode.init)
        if let parentText, parent == nil { fail("parent_code", "'\(parentText)' is not an ONS code") }
        let population = positiveInt("population", value("population"), row: row, ok: &ok)
        let children = positiveInt("child_population", value("child_population"), row: row, ok: &ok, allowZero: true)
        if let population, let children, children > population {
            fail("child_population", "\(children) children is more than the population of \(population)")
        }
        let vintage = value("population_vintage")
        let source = value("population_source")
        let dispersalText = value("dispersal")
        let dispersal = dispersalText.flatMap(DispersalParticipation.init(rawValue:))
        if let dispersalText, dispersal == nil {
            let all = DispersalParticipation.allCases.map(\.rawValue)
            fail(
                "dispersal", "'\(dispersalText)' is not a participation value",
                suggestion: NearestName.to(dispersalText, in: all).map { "did you mean '\($0)'?" } ?? "one of: \(all.joined(separator: ", "))")
        }
        if let tier, let dispersal, tier == .county, dispersal != .notApplicable {
            fail("dispersal", "counties do not take dispersals themselves: use n/a")
        }
        guard ok, let code, let name, let tier, let population, let children, let vintage, let source, let dispersal else { return nil }
        return LocalAuthority(
            code: code, name: name, tier: tier, parentCode: parent, subRegion: value("sub_region", required: false),
            population: population, childPopulation: children, populationVintage: vintage, populationSource: source,
            dispersal: dispersal, dispersalSource: value("dispersal_source", required: false))
    }

    private func positiveInt(_ column: String, _ text: String?, row: CSVTable.Row, ok: inout Bool, allowZero: Bool = false) -> Int? {
        guard let text else { return nil }
        guard let number = Int(text) else {
            sink.error(displayPath, line: row.line, row: row.number, field: column, "'\(text)' is not a whole number")
            ok = false
            return nil
        }
        guard number > 0 || (allowZero && number == 0) else {
            sink.error(
                displayPath, line: row.line, row: row.number, field: column, "must be \(allowZero ? "zero or more" : "positive"), found \(number)")
            ok = false
            return nil
        }
        return number
    }
}
