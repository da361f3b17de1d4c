import PartnershipCore

/// Every England and Wales LA the bundled ONS tables name (MYE 2019 lower and upper tier, the
/// December 2017 and 2018 district lookups), with today's code for each: what importers use to
/// say which rows they matched, and to find codes for tables that carry names only.
public struct LocalAuthorityDirectory: Sendable {
    public struct Entry: Sendable, Hashable {
        public let code: ONSCode
        public let name: String
        public let source: String
        /// The English region (ONS E12 code) the ONS lookup places it in, where the source says.
        public let region: ONSCode?
    }

    public let entries: [Entry]
    public let boundaries: BoundaryChanges
    private let byKey: [String: ONSCode]
    private let knownCodes: Set<ONSCode>
    private let regionOf: [ONSCode: ONSCode]

    public init(entries: [Entry], boundaries: BoundaryChanges = .england) {
        self.entries = entries
        self.boundaries = boundaries
        var byKey: [String: ONSCode] = [:]
        var known = Set<ONSCode>()
        var regionOf: [ONSCode: ONSCode] = [:]
        // Later sources win, so list the newest last.
        for entry in entries {
            let current = Self.current(entry.code, boundaries)
            byKey[LANameNormaliser.key(entry.name)] = current
            known.insert(current)
            if let region = entry.region {
                regionOf[entry.code] = region
                regionOf[current] = region
            }
        }
        self.byKey = byKey
        knownCodes = known
        self.regionOf = regionOf
    }

    /// Today's code for a published code; a county split between several successors keeps its own.
    public func current(_ code: ONSCode) -> ONSCode { Self.current(code, boundaries) }

    private static func current(_ code: ONSCode, _ boundaries: BoundaryChanges) -> ONSCode {
        boundaries.wasSplit(code) ? code : boundaries.current(code)
    }

    public func isKnown(_ code: ONSCode) -> Bool { knownCodes.contains(code) }

    /// True for England and Wales codes, the nations the bundled ONS lists cover.
    public static func covers(_ code: ONSCode) -> Bool { code.rawValue.hasPrefix("E") || code.rawValue.hasPrefix("W") }

    /// The English region ONS places an LA in (today's code or a published one); nil outside England.
    public func region(of code: ONSCode) -> EnglishRegion? {
        regionOf[code].flatMap { region in EnglishRegion.all.first { $0.code == region } }
    }

    /// Today's code for a published LA name, or nil when the name matches no LA (callers report it).
    public func code(named name: String) -> ONSCode? { byKey[LANameNormaliser.key(name)] }

    /// Starts reading `bundled` on a thread of its own, once per process (an import calls this,
    /// and `smp` before it parses an import's command line); whoever reads it then waits for it.
    public static func loadInBackground() { _ = backgroundLoad }

    private static let backgroundLoad: Void = BundledData.loadInBackground { _ = LocalAuthorityDirectory.bundled }

    /// Built from the ONS tables shipped with the project.
    public static let bundled: LocalAuthorityDirectory = {
        var entries: [Entry] = []
        let sources: [(file: String, code: Int, name: Int, region: Int?)] = [
            ("ons-lad17-rgn17-lookup-england.csv", 0, 1, 2),
            ("ons-lad18-rgn18-lookup-england.csv", 0, 1, 2),
            ("ons-mye2019-persons-single-year-of-age-utla19.csv", 0, 1, nil),
            ("ons-mye2019-persons-single-year-of-age-ltla19.csv", 0, 1, nil),
        ]
        for source in sources {
            var problems: [Diagnostic] = []
            // Read from the file as it is, not decoded into a String first, and only the columns
            // used (this runs at every import; the MYE tables have 93 columns).
            let used = max(source.code, source.name, source.region ?? 0) + 1
            guard
                var csv = CheckedCSV(.file(BundledData.file(source.file)), file: source.file, required: [], keepingColumns: used, problems: &problems)
            else { continue }
            while let row = csv.next() {
                if let code = ONSCode(row.fields[source.code]) {
                    entries.append(
                        Entry(
                            code: code, name: row.fields[source.name], source: source.file, region: source.region.flatMap { ONSCode(row.fields[$0]) })
                    )
                }
            }
        }
        return LocalAuthorityDirectory(entries: entries)
    }()
}
