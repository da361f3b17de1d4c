import PartnershipCore
import ResettlementCore
import TestSupport
import Testing
import VPRS

struct VPRSProgrammeTests {
    @Test func targetComesFromTheRegionWithItsSource() async throws {
        let la = LocalAuthority(
            code: ONSCode("E06000015")!, name: "Derby", tier: .unitary, population: 1, childPopulation: 0, populationVintage: "v",
            populationSource: "s")
        let region = Region(
            id: "t", name: "T", shortName: "T", onsRegionCode: nil, leadOrganisation: "L", established: "x",
            programmes: ["vprs": ProgrammeConfig(enabled: true, settings: ["target": SourcedSetting(value: .integer(270), source: "seed-004")])],
            localAuthorities: [la])
        let values = try await Evaluation.values(VPRSProgramme(), region: region, on: Day(iso: "2018-01-01")!)
        let target = values["vprs.target"]
        #expect(target?.state == .value(270))
        #expect(target?.source?.hasSuffix("(seed-004)") == true)
        #expect(VPRSProgramme().id.rawValue == "vprs")
    }
}
