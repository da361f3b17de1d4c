import PartnershipCore

/// Checks a region module's LAs against the ONS lookups the platform ships, with the 2019→2023
/// successor table applied: every code must exist at today's boundaries, lie in the module's ONS
/// region, and every lower-tier LA of that region must be listed.
public struct ModuleGeographyCheck: Sendable {
    public let directory: LocalAuthorityDirectory
    public let counties: CountyLookup
    /// ONS mid-2019 residents and children (0-17) per April 2019 code, lower and upper tier.
    public let populations: [ONSCode: (total: Int, children: Int)]

    public init(
        directory: LocalAuthorityDirectory = .bundled, counties: CountyLookup = .bundled,
        populations: [ONSCode: (total: Int, children: Int)] = Self.bundledPopulations
    ) {
        self.directory = directory
        self.counties = counties
        self.populations = populations
    }

    /// The bundled ONS MYE 2019 single-year-of-age files, summed.
    public static var bundledPopulations: [ONSCode: (total: Int, children: Int)] {
        ONSMidYear2019.bundled.estimates.mapValues { ($0.total, $0.children) }
    }

    /// One listed LA and where it is in `local-authorities.csv`.
    public struct Listed: Sendable {
        public let code: ONSCode
        public let name: String
        public let line: Int
        public let row: Int
        public let authority: LocalAuthority

        public init(code: ONSCode, name: String, line: Int, row: Int, authority: LocalAuthority) {
            self.code = code
            self.name = name
            self.line = line
            self.row = row
            self.authority = authority
        }
    }

    /// Problems with file, row, field and a suggestion; `file` is the module's local-authorities.csv
    /// and `regionFile` its region.yaml, as shown to the user. An LA under `excluded` may be missing.
    public func check(
        file: String, region: ONSCode?, listed: [Listed], excluded: [ExcludedAuthority] = [], regionFile: String = "region.yaml"
    ) -> [Diagnostic] {
        guard let region, region.entity == "E12" else { return [] }  // the lookups cover England's regions
        let regionName = EnglishRegion.all.first { $0.code == region }?.name ?? region.rawValue
        var problems: [Diagnostic] = []
        for la in listed where LocalAuthorityDirectory.covers(la.code) {
            if let problem = codeProblem(la.code, name: la.name, region: region, regionName: regionName, file: file, line: la.line, row: la.row) {
                problems.append(problem)
            }
        }
        for la in excluded {
            if let problem = codeProblem(la.code, name: name(of: la.code), region: region, regionName: regionName, file: regionFile, line: la.line) {
                problems.append(problem)
            }
        }
        problems += populationProblems(file: file, listed: listed)
        problems += countyProblems(file: file, listed: listed)
        let listedCodes = Set(listed.map(\.code)).union(excluded.map(\.code))
        var missing = expectedLowerTier(in: region).filter { !listedCodes.contains($0) }
        // A listed county with districts left out is one problem on the county's row, not one per district.
        for county in listed where county.authority.tier == .county {
            let districts = counties.districts(of: county.code).map(directory.current).filter { $0.entity == "E07" }
            let left = districts.filter(missing.contains)
            guard !left.isEmpty else { continue }
            missing.removeAll(where: left.contains)
            problems.append(
                Diagnostic(
                    .error, file: file, line: county.line, row: county.row, field: "ons_code",
                    message:
                        "county \(county.name) (\(county.code)) is incomplete: \(left.count) of its \(districts.count) districts are not listed: "
                        + left.map { "\(name(of: $0)) (\($0))" }.joined(separator: ", "),
                    suggestion: "add a row for each with parent_code \(county.code), or list it under excluded: in region.yaml with the reason"))
        }
        for code in missing {
            problems.append(
                Diagnostic(
                    .error, file: file, field: "ons_code",
                    message: "\(code) (\(name(of: code))) is an LA of \(regionName) at today's boundaries but is not listed",
                    suggestion: "add a row for it, or list it under excluded: in region.yaml with the reason"))
        }
        return problems
    }

    private func name(of code: ONSCode) -> String {
        directory.entries.last { directory.current($0.code) == code }?.name ?? code.rawValue
    }

    /// A code ONS never issued, one replaced since, or one of another region.
    private func codeProblem(
        _ code: ONSCode, name: String, region: ONSCode, regionName: String, file: String, line: Int?, row: Int? = nil
    ) -> Diagnostic? {
        let current = directory.current(code)
        let abolition = directory.boundaries.changes.filter { $0.abolishedCounties.contains(code) }
        if let first = abolition.first {
            let successors = abolition.map { "\($0.successorName) (\($0.successor))" }.joined(separator: " and ")
            return Diagnostic(
                .error, file: file, line: line, row: row, field: "ons_code",
                message: "county \(code) (\(name)) was abolished on \(first.effective); its area is now \(successors)",
                suggestion: "list \(abolition.map(\.successor.rawValue).joined(separator: " and ")) instead, and remove its districts")
        }
        if !directory.isKnown(code) && !directory.isKnown(current) {
            return Diagnostic(
                .error, file: file, line: line, row: row, field: "ons_code",
                message: "\(code) (\(name)) is not an LA code in the ONS lookups at today's boundaries")
        } else if current != code && !code.rawValue.hasPrefix("E10") {
            return Diagnostic(
                .error, file: file, line: line, row: row, field: "ons_code", message: "\(code) (\(name)) has been replaced by \(current)",
                suggestion: "list \(current) instead")
        } else if let actual = directory.region(of: code) ?? directory.region(of: current), actual.code != region {
            return Diagnostic(
                .error, file: file, line: line, row: row, field: "ons_code",
                message: "\(code) (\(name)) is in \(actual.name) (\(actual.code)), not in this module's region \(regionName) (\(region))")
        }
        return nil
    }

    /// A district must name the county ONS places it in.
    func countyProblems(file: String, listed: [Listed]) -> [Diagnostic] {
        listed.compactMap { la -> Diagnostic? in
            guard la.authority.tier == .district, let county = counties.countyOf[la.code], la.authority.parentCode != county else { return nil }
            return Diagnostic(
                .error, file: file, line: la.line, row: la.row, field: "parent_code",
                message:
                    "\(la.code) (\(la.name)) is a district of \(counties.countyNames[county] ?? county.rawValue) (\(county)) in the ONS lookup, "
                    + "not of \(la.authority.parentCode?.rawValue ?? "no county")",
                suggestion: "set parent_code to \(county)")
        }
    }

    /// A population labelled as ONS MYE 2019 must be that estimate (summed over 2019 predecessors for
    /// an LA created since); a different figure needs its own vintage and source.
    func populationProblems(file: String, listed: [Listed]) -> [Diagnostic] {
        let known = Set(populations.keys)
        return listed.compactMap { la -> Diagnostic? in
            guard la.authority.populationVintage.hasPrefix("ONS MYE 2019") else { return nil }
            let parts = directory.boundaries.predecessors2019(of: la.code, known: known)
            let found = parts.compactMap { populations[$0] }
            guard found.count == parts.count, !found.isEmpty else { return nil }
            let total = found.reduce(0) { $0 + $1.total }, children = found.reduce(0) { $0 + $1.children }
            guard total != la.authority.population || children != la.authority.childPopulation else { return nil }
            return Diagnostic(
                .error, file: file, line: la.line, row: la.row, field: total != la.authority.population ? "population" : "child_population",
                message:
                    "\(la.code) (\(la.name)): \(la.authority.population) residents and \(la.authority.childPopulation) children, but ONS MYE 2019 gives "
                    + "\(total) and \(children)\(parts.count > 1 ? " (sum of \(parts.map(\.rawValue).joined(separator: ", ")))" : "")",
                suggestion: "use the ONS figures, or give the figure its own population_vintage and population_source")
        }
    }

    /// Today's lower-tier LAs of an English region, from the newest district lookup, through the
    /// successor table.
    public func expectedLowerTier(in region: ONSCode) -> [ONSCode] {
        let codes = directory.entries.filter { $0.region == region && $0.source == "ons-lad18-rgn18-lookup-england.csv" }.map {
            directory.current($0.code)
        }
        return Array(Set(codes)).sorted { $0.rawValue < $1.rawValue }
    }
}
