import PartnershipCore
import PartnershipStore

/// The columns of the national comparison: every English region, Wales, Scotland and Northern
/// Ireland, in ONS order, each either its partnership's module or, where there is none, an area
/// computed from the Home Office and ONS data alone; then the UK.
public struct NationalAreas: Sendable {
    public static let scotland = "Scotland"
    public static let northernIreland = "Northern Ireland"
    public static let unitedKingdom = "United Kingdom"
    /// The UK column's id: a total, left out of charts that compare regions.
    public static let unitedKingdomID = id(for: unitedKingdom)
    static func noPopulation(_ name: String) -> String {
        "no ONS population estimate is held for \(name): the bundled ONS files cover England and Wales only"
    }

    public let listing: ONSRegionListing

    public init(listing: ONSRegionListing = ONSRegionListing()) { self.listing = listing }

    /// Modules first claim their ONS region; the other regions are built from the ONS listing, and
    /// Scotland and Northern Ireland from the LAs the imported Home Office tables name. Every
    /// programme is on for an area without a module (it has no switches to turn them off).
    public func areas(modules: [Region], programmes: [ProgrammeID], store: any SQLStore, includeUK: Bool = true) async throws -> [Region] {
        var areas: [Region] = []
        let config = Dictionary(uniqueKeysWithValues: programmes.map { ($0, ProgrammeConfig(enabled: true)) })
        var ukAuthorities: [LocalAuthority] = []
        let regionCodes = EnglishRegion.all.map { ($0.code, $0.name) } + [(ONSRegionListing.walesCode, "Wales")]
        for (code, name) in regionCodes {
            let authorities = try listing.rows(for: code).map(Self.authority)
            ukAuthorities += authorities
            let owners = modules.filter { $0.onsRegionCode == code }
            if !owners.isEmpty {
                areas += owners
                continue
            }
            areas.append(
                Self.area(
                    name: name, code: code, authorities: authorities, programmes: config,
                    coverage: .publishedData(
                        populationHeld: true,
                        note: "no module: computed from the Home Office and ONS data alone")))
        }
        // Modules without an ONS region code (Scotland's or Northern Ireland's, say) still appear.
        let known = Set(regionCodes.map(\.0))
        areas += modules.filter { module in module.onsRegionCode.map { !known.contains($0) } ?? true }
        for name in [Self.scotland, Self.northernIreland] {
            let authorities = try await Self.namedAuthorities(in: name, store: store)
            ukAuthorities += authorities
            areas.append(
                Self.area(
                    name: name, code: nil, authorities: authorities, programmes: config,
                    coverage: .publishedData(populationHeld: false, note: Self.noPopulation(name))))
        }
        if includeUK {
            areas.append(
                Self.area(
                    name: Self.unitedKingdom, code: nil, authorities: ukAuthorities, programmes: config,
                    coverage: .publishedData(
                        populationHeld: false,
                        note: "no UK population is held: the bundled ONS files cover England and Wales only")))
        }
        return areas
    }

    /// The slug an area without a module is selected by (`--region yorkshire-and-the-humber`).
    public static func id(for name: String) -> String {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    static func area(
        name: String, code: ONSCode?, authorities: [LocalAuthority], programmes: [ProgrammeID: ProgrammeConfig], coverage: RegionCoverage
    ) -> Region {
        Region(
            id: id(for: name), name: name, shortName: name, onsRegionCode: code, leadOrganisation: "", established: "",
            programmes: programmes, localAuthorities: authorities, status: .active, coverage: coverage)
    }

    static func authority(_ row: ONSRegionListing.Row) -> LocalAuthority {
        LocalAuthority(
            code: row.code, name: row.name, tier: row.tier, parentCode: row.parent, population: row.population, childPopulation: row.children,
            populationVintage: row.vintage, populationSource: row.source)
    }

    /// Scotland's council areas or Northern Ireland's districts, as the imported Asy_D11 (its latest
    /// release's latest quarter end, read from the index) and Res_D01 name them (no ONS list for them
    /// ships with the project, so no population either).
    static func namedAuthorities(in region: String, store: any SQLStore) async throws -> [LocalAuthority] {
        var names: [ONSCode: String] = [:]
        let latest: SQLStatement = """
            vintage_id = (SELECT MAX(id) FROM import_vintage WHERE dataset = 'asylum-support')
            AND snapshot = (SELECT MAX(snapshot) FROM asylum_support
                            WHERE vintage_id = (SELECT MAX(id) FROM import_vintage WHERE dataset = 'asylum-support')) AND
            """
        for (table, scope) in [("asylum_support", latest), ("resettlement_arrivals", "" as SQLStatement)] {
            let rows = try await store.rows(
                "SELECT DISTINCT la_code, la_name FROM \(raw: table) WHERE \(scope) region = \(bind: .text(region)) AND la_code IS NOT NULL")
            for row in rows {
                let code = try row.code("la_code")
                if names[code] == nil { names[code] = try row.string("la_name") }
            }
        }
        return names.sorted { $0.value < $1.value }.map { code, name in
            LocalAuthority(
                code: code, name: name, tier: .unitary, population: 0, childPopulation: 0, populationVintage: "none held",
                populationSource: "no ONS estimate held for \(region)")
        }
    }
}
