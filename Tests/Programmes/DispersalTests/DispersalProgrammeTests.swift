import Dispersal
import PartnershipCore
import TestSupport
import Testing

struct DispersalProgrammeTests {
    let middlesbrough = LocalAuthority(
        code: ONSCode("E06000002")!, name: "Middlesbrough", tier: .unitary, population: 140_980, childPopulation: 32_794,
        populationVintage: "ONS MYE 2019", populationSource: "ONS MYE 2019", dispersal: .participating)
    let county = LocalAuthority(
        code: ONSCode("E10000007")!, name: "Derbyshire", tier: .county, population: 802_694, childPopulation: 154_264,
        populationVintage: "ONS MYE 2019", populationSource: "ONS MYE 2019", dispersal: .notApplicable)

    func region(settings: [String: SourcedSetting] = [:]) -> Region {
        Region(
            id: "test", name: "Test (synthetic)", shortName: "T", onsRegionCode: nil, leadOrganisation: "L", established: "2000",
            programmes: ["dispersal": ProgrammeConfig(enabled: true, settings: settings)], localAuthorities: [middlesbrough, county])
    }

    @Test func nationalClusterLimitGivesMiddlesbrough704() async throws {
        let settings = try DispersalProgramme().settings(for: region(), on: Day(iso: "2019-06-30")!)
        #expect(settings.clusterRatio == 200)
        #expect(settings.limit(for: middlesbrough) == 704)
        #expect(settings.countBasis == .dispersedPlusSection4)
        #expect(settings.clusterRatioSource?.contains("Brokenshire") == true)
        #expect(!settings.isParticipating(county))
    }

    @Test func regionCanOverrideRatioAndExcludeLAs() async throws {
        let local = region(settings: [
            "cluster-ratio": SourcedSetting(value: .integer(250)), "not-participating": SourcedSetting(value: .codes([ONSCode("E06000002")!])),
        ])
        let settings = try DispersalProgramme().settings(for: local, on: Day(iso: "2019-06-30")!)
        #expect(settings.limit(for: middlesbrough) == 563)
        #expect(!settings.isParticipating(middlesbrough))
    }

    @Test func limitIndicatorSumsParticipatingLowerTierLAs() async throws {
        let values = try await Evaluation.values(DispersalProgramme(), region: region(), on: Day(iso: "2019-06-30")!)
        #expect(values["dispersal.limit"]?.state == .value(704))
        #expect(
            values["dispersal.supported"]?.state
                == .noData(
                    "Home Office asylum support (Asy_D11): no Home Office asylum support figures in :memory:: run 'smp import asylum-support "
                        + "FILE' or 'smp import --bundled'"
                ))
    }
}
