/// Whether a region in the comparison is a partnership's module or an area computed from
/// published data alone (an English region, Wales, Scotland or Northern Ireland without a module,
/// or the UK).
public enum RegionCoverage: Hashable, Sendable, Codable {
    /// A region module under `regions/`.
    case module
    /// No module: Home Office (and, where `populationHeld`, ONS) data only.
    case publishedData(populationHeld: Bool, note: String)

    public var isModule: Bool { self == .module }

    /// Whether an indicator of this origin can be computed for the area, and if not, why.
    public func blankReason(for origin: DataOrigin) -> String? {
        guard case .publishedData(let populationHeld, let note) = self else { return nil }
        switch origin {
        case .published: return nil
        case .publishedAndPopulation: return populationHeld ? nil : note
        case .localRecords: return "no module: the area has no partnership records on this platform"
        case .module: return "no module: no partnership target or plan"
        }
    }
}
