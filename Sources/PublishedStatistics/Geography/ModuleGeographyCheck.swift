import PartnershipCore

/// Checks a region module's LAs against the ONS lookups the platform ships, with the 2019→2023
/// successor table applied: every code must exist at today's boundaries, lie in the module's ONS
/// region, and every lower-tier LA of that region must be listed.
public struct ModuleGeographyCheck: Sendable {
    public let directory: LocalAuthorityDirectory

    public init(directory: LocalAuthorityDirectory = .bundled) { self.directory = directory }

    /// One listed LA and where it is in `local-authorities.csv`.
    public struct Listed: Sendable {
        public let code: ONSCode
        public let name: String
        public let line: Int
        public let row: Int

        public init(code: ONSCode, name: String, line: Int, row: Int) {
            self.code = code
            self.name = name
            self.line = line
            self.row = row
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

    /// Today's lower-tier LAs of an English region, from the newest district lookup, through the
    /// successor table.
    public func expectedLowerTier(in region: ONSCode) -> [ONSCode] {
        let codes = directory.entries.filter { $0.region == region && $0.source == "ons-lad18-rgn18-lookup-england.csv" }.map {
            directory.current($0.code)
        }
        return Array(Set(codes)).sorted { $0.rawValue < $1.rawValue }
    }
}
