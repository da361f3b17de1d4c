/// One local authority of a region module, as of today's boundaries.
public struct LocalAuthority: Hashable, Sendable, Codable, Identifiable {
    public var id: ONSCode { code }
    public let code: ONSCode
    public let name: String
    public let tier: LocalAuthorityTier
    /// The county of a district; nil for every other tier.
    public let parentCode: ONSCode?
    public let subRegion: String?
    /// Residents, from `populationVintage`.
    public let population: Int
    /// Residents aged 0-17, from the same vintage.
    public let childPopulation: Int
    /// e.g. "ONS MYE 2019" or "ONS MYE 2019, aggregated to 2023 boundaries".
    public let populationVintage: String
    public let populationSource: String
    public let dispersal: DispersalParticipation
    public let dispersalSource: String?

    public init(
        code: ONSCode, name: String, tier: LocalAuthorityTier, parentCode: ONSCode? = nil, subRegion: String? = nil,
        population: Int, childPopulation: Int, populationVintage: String, populationSource: String,
        dispersal: DispersalParticipation = .unknown, dispersalSource: String? = nil
    ) {
        self.code = code
        self.name = name
        self.tier = tier
        self.parentCode = parentCode
        self.subRegion = subRegion
        self.population = population
        self.childPopulation = childPopulation
        self.populationVintage = populationVintage
        self.populationSource = populationSource
        self.dispersal = dispersal
        self.dispersalSource = dispersalSource
    }
}
