/// A Strategic Migration Partnership, as its region module describes it.
/// Regions are data: this value is read from `regions/<id>/` at run time.
public struct Region: Sendable, Codable, Identifiable {
    public let id: String
    public let name: String
    public let shortName: String
    public let onsRegionCode: ONSCode?
    public let leadOrganisation: String
    public let established: String
    public let governance: Governance
    public let programmes: [ProgrammeID: ProgrammeConfig]
    public let reportingCalendar: [ReportingDeadline]
    public let sources: [SourceDocument]
    public let localAuthorities: [LocalAuthority]
    public let baseline: [BaselineFigure]
    public let plans: [BusinessPlan]
    public let finances: [FinanceStatement]
    public let status: RegionStatus
    /// A module, or an area computed from published data alone (the comparison's other columns).
    public let coverage: RegionCoverage

    public init(
        id: String, name: String, shortName: String, onsRegionCode: ONSCode?, leadOrganisation: String, established: String,
        governance: Governance = Governance(), programmes: [ProgrammeID: ProgrammeConfig] = [:],
        reportingCalendar: [ReportingDeadline] = [], sources: [SourceDocument] = [], localAuthorities: [LocalAuthority],
        baseline: [BaselineFigure] = [], plans: [BusinessPlan] = [], finances: [FinanceStatement] = [], status: RegionStatus = .active,
        coverage: RegionCoverage = .module
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.onsRegionCode = onsRegionCode
        self.leadOrganisation = leadOrganisation
        self.established = established
        self.governance = governance
        self.programmes = programmes
        self.reportingCalendar = reportingCalendar
        self.sources = sources
        self.localAuthorities = localAuthorities
        self.baseline = baseline
        self.plans = plans
        self.finances = finances
        self.status = status
        self.coverage = coverage
    }

    /// Whether the programme is switched on for this region (off when the module does not mention it).
    public func isEnabled(_ programme: ProgrammeID) -> Bool { programmes[programme]?.enabled ?? false }

    public var enabledProgrammes: [ProgrammeID] { programmes.filter(\.value.enabled).map(\.key).sorted() }

    /// Residents of the region: the sum over lower-tier LAs (counties would count them twice).
    public var population: Int { lowerTier.reduce(0) { $0 + $1.population } }
    public var childPopulation: Int { lowerTier.reduce(0) { $0 + $1.childPopulation } }

    /// Districts, unitaries, metropolitan districts and London boroughs: the LAs dispersal is agreed with.
    public var lowerTier: [LocalAuthority] { localAuthorities.filter(\.tier.isLowerTier) }
    /// Counties, unitaries, metropolitan districts and London boroughs: the LAs with children's services.
    public var upperTier: [LocalAuthority] { localAuthorities.filter(\.tier.isUpperTier) }

    public func localAuthority(_ code: ONSCode) -> LocalAuthority? { localAuthorities.first { $0.code == code } }

    /// The population vintages the module uses, e.g. ["ONS MYE 2019", "ONS MYE 2019, aggregated to 2023 boundaries"].
    public var populationVintages: [String] { Array(Set(localAuthorities.map(\.populationVintage))).sorted() }
}
