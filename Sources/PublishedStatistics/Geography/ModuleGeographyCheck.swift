import PartnershipCore

/// Checks a region module's LAs against the ONS lookups the platform ships, with the 2019→2023
/// successor table applied: every code must exist at today's boundaries, lie in the module's ONS
/// region, and every lower-tier LA of that region must be listed.
public struct ModuleGeographyCheck: Sendable {
    public let directory: LocalAuthorityDirectory
    /// ONS mid-2019 residents and children (0-17) per April 2019 code, lower and upper tier.
    public let populations: [ONSCode: (total: Int, children: Int)]

    public init(directory: LocalAuthorityDirectory = .bundled, populations: [ONSCode: (total: Int, children: Int)] = Self.bundledPopulations) {
        self.directory = directory
        self.populations = populations
    }

    /// The bundled ONS MYE 2019 single-year-of-age files, summed.
    public static let bundledPopulations: [ONSCode: (total: Int, children: Int)] = {
        var result: [ONSCode: (total: Int, children: Int)] = [:]
        for file in ["ons-mye2019-persons-single-year-of-age-ltla19.csv", "ons-mye2019-persons-single-year-of-age-utla19.csv"] {
            var problems: [Diagnostic] = []
            guard var csv = CheckedCSV(text: BundledData.text(file), file: file, required: ["total_population"], problems: &problems) else {
                continue
            }
            while let row = csv.next() {
                guard let code = ONSCode(row.fields[0]), let total = Int(row.fields[2]), row.fields.count > 20 else { continue }
                let children = (3..<21).reduce(0) { $0 + (Int(row.fields[$1]) ?? 0) }
                result[code] = (total, children)
            }
        }
        return result
    }()

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
    /// as shown to the user.
    public func check(file: String, region: ONSCode?, listed: [Listed]) -> [Diagnostic] {
        guard let region, region.entity == "E12" else { return [] }  // the lookups cover England's regions
        let regionName = EnglishRegion.all.first { $0.code == region }?.name ?? region.rawValue
        var problems: [Diagnostic] = []
        for la in listed where LocalAuthorityDirectory.covers(la.code) {
            let current = directory.current(la.code)
            if !directory.isKnown(la.code) && !directory.isKnown(current) {
                problems.append(
                    Diagnostic(
                        .error, file: file, line: la.line, row: la.row, field: "ons_code",
                        message: "\(la.code) (\(la.name)) is not an LA code in the ONS lookups at today's boundaries"))
            } else if current != la.code && !la.code.rawValue.hasPrefix("E10") {
                problems.append(
                    Diagnostic(
                        .error, file: file, line: la.line, row: la.row, field: "ons_code",
                        message: "\(la.code) (\(la.name)) has been replaced by \(current)", suggestion: "list \(current) instead"))
            } else if let actual = directory.region(of: la.code) ?? directory.region(of: current), actual.code != region {
                problems.append(
                    Diagnostic(
                        .error, file: file, line: la.line, row: la.row, field: "ons_code",
                        message:
                            "\(la.code) (\(la.name)) is in \(actual.name) (\(actual.code)), not in this module's region \(regionName) (\(region))"))
            }
        }
        problems += populationProblems(file: file, listed: listed)
        let listedCodes = Set(listed.map(\.code))
        for code in expectedLowerTier(in: region) where !listedCodes.contains(code) {
            let name = directory.entries.last { directory.current($0.code) == code }?.name ?? code.rawValue
            problems.append(
                Diagnostic(
                    .error, file: file, field: "ons_code",
                    message: "\(code) (\(name)) is an LA of \(regionName) at today's boundaries but is not listed",
                    suggestion: "add a row for it"))
        }
        return problems
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
