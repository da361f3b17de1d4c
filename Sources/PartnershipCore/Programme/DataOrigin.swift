/// Where an indicator's figure comes from. The national comparison uses it to compute a region
/// that has no module from published data alone, and to say why the rest is blank.
public enum DataOrigin: String, Sendable, Codable, CaseIterable {
    /// Home Office tables only.
    case published
    /// Home Office tables divided by (or set against) an ONS population.
    case publishedAndPopulation = "published-and-population"
    /// The partnership's own records on this platform.
    case localRecords = "local-records"
    /// The region module's own data (targets, plans).
    case module
}
