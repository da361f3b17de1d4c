/// What a column of the comparison is: a partnership's module, an area computed from published
/// data alone (an English region, Wales, Scotland or Northern Ireland without a module, or the
/// UK), or a sub-region of a module.
public enum RegionCoverage: Hashable, Sendable, Codable {
    /// A region module under `regions/`.
    case module
    /// No module: Home Office (and, where `populationHeld`, ONS) data only.
    case publishedData(populationHeld: Bool, note: String)
    /// A group of a module's LAs (its `sub_region` column): published data for those LAs.
    case subRegion(of: String)

    public var isModule: Bool { self == .module }

    /// Whether the area's own partnership records count: only a module's. Elsewhere every
    /// local-records indicator is blank (`blankReason`), so a programme need not read them.
    public var holdsLocalRecords: Bool { blankReason(for: .localRecords) == nil }

    /// How the column reads in the comparison's first row.
    public var label: String {
        switch self {
        case .module: "SMP module"
        case .publishedData: "no module"
        case .subRegion: "sub-region"
        }
    }

    /// Whether an indicator of this origin can be computed for the area, and if not, why.
    public func blankReason(for origin: DataOrigin) -> String? {
        switch (self, origin) {
        case (.module, _), (_, .published): return nil
        case (.publishedData(let populationHeld, let note), .publishedAndPopulation): return populationHeld ? nil : note
        case (.publishedData, .localRecords): return "no module: the area has no partnership records on this platform"
        case (.publishedData, .module): return "no module: no partnership target or plan"
        case (.subRegion, .publishedAndPopulation): return nil
        case (.subRegion(let region), .localRecords): return "a sub-region of \(region): the partnership's records are kept for the whole region"
        case (.subRegion(let region), .module): return "a sub-region of \(region): targets and plans are the region's"
        }
    }
}
