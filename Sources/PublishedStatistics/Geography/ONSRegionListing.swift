import PartnershipCore

/// Every LA of an English region (or of Wales) at today's boundaries, as a region module lists it:
/// tier, county, and ONS mid-2019 residents and children, summed over the April 2019 predecessors
/// for an LA created since (and labelled so). What `smp region new --ons-region` writes.
public struct ONSRegionListing: Sendable {
    /// One row of `local-authorities.csv`, with only what ONS can know.
    public struct Row: Sendable, Hashable {
        public let code: ONSCode
        public let name: String
        public let tier: LocalAuthorityTier
        public let parent: ONSCode?
        public let population: Int
        public let children: Int
        public let vintage: String
        public let source: String
    }

    public struct Unsupported: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public static let vintage = "ONS MYE 2019"
    public static let aggregatedVintage = "ONS MYE 2019, aggregated to 2023 boundaries"
    static let sourcePrefix = "ONS mid-2019 population estimates (MYE2 persons), April 2019 codes; Sources/PublishedStatistics/Resources/data/"
    public static let walesCode = ONSCode("W92000004")!

    public let directory: LocalAuthorityDirectory
    public let counties: CountyLookup
    public let estimates: ONSMidYear2019

    public init(directory: LocalAuthorityDirectory = .bundled, counties: CountyLookup = .bundled, estimates: ONSMidYear2019 = .bundled) {
        self.directory = directory
        self.counties = counties
        self.estimates = estimates
    }

    /// The region's LAs: counties first, then unitary, metropolitan and London LAs, then districts
    /// by county, each group by name. Throws for a code the bundled ONS files do not cover.
    public func rows(for region: ONSCode) throws -> [Row] {
        let lowerTier: [ONSCode]
        if region == Self.walesCode {
            lowerTier = estimates.estimates.keys.filter { $0.entity == "W06" }
        } else if region.entity == "E12", EnglishRegion.all.contains(where: { $0.code == region }) {
            lowerTier = ModuleGeographyCheck(directory: directory).expectedLowerTier(in: region)
        } else {
            let known = EnglishRegion.all.map { "\($0.code) \($0.name)" } + ["\(Self.walesCode) Wales"]
            throw Unsupported(
                description: "\(region) is not a region the bundled ONS files cover; use one of: \(known.joined(separator: "; "))")
        }
        let known = Set(estimates.estimates.keys)
        var rows = try lowerTier.map { try row(for: $0, known: known) }
        let countyCodes = Set(rows.compactMap(\.parent))
        for county in countyCodes {
            guard let estimate = estimates[county] else {
                throw Unsupported(description: "no ONS MYE 2019 estimate for county \(county) in \(ONSMidYear2019.upperTierFile)")
            }
            rows.append(
                Row(
                    code: county, name: estimate.name, tier: .county, parent: nil, population: estimate.total, children: estimate.children,
                    vintage: Self.vintage, source: Self.sourcePrefix + estimate.file))
        }
        return rows.sorted { ($0.rank, $0.parent?.rawValue ?? "", $0.name) < ($1.rank, $1.parent?.rawValue ?? "", $1.name) }
    }

    /// `known`: every code with an estimate, made once per region, not once per LA.
    private func row(for code: ONSCode, known: Set<ONSCode>) throws -> Row {
        let parts = directory.boundaries.predecessors2019(of: code, known: known)
        let found = parts.compactMap { estimates[$0] }
        guard found.count == parts.count, let first = found.first else {
            throw Unsupported(description: "no ONS MYE 2019 estimate for \(code) (looked for \(parts.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let tier = LocalAuthorityTier(code: code) else { throw Unsupported(description: "\(code) is not an LA code") }
        let parent = tier == .district ? counties.countyOf[code] : nil
        if tier == .district && parent == nil {
            throw Unsupported(description: "district \(code) has no county in \(CountyLookup.file)")
        }
        let total = found.reduce(0) { $0 + $1.total }, children = found.reduce(0) { $0 + $1.children }
        if parts == [code] {
            return Row(
                code: code, name: first.name, tier: tier, parent: parent, population: total, children: children, vintage: Self.vintage,
                source: Self.sourcePrefix + first.file)
        }
        let change = directory.boundaries.change(creating: code)
        let date = change.map { " (successor from \($0.effective))" } ?? ""
        return Row(
            code: code, name: change?.successorName ?? first.name, tier: tier, parent: parent, population: total, children: children,
            vintage: Self.aggregatedVintage,
            source: Self.sourcePrefix + first.file + "; sum of \(parts.map(\.rawValue).joined(separator: " + "))\(date)")
    }
}

extension ONSRegionListing.Row {
    /// Counties, then single-tier LAs, then districts.
    fileprivate var rank: Int {
        switch tier {
        case .county: 0
        case .district: 2
        case .unitary, .metropolitan, .london: 1
        }
    }
}
