import PartnershipCore
import TestSupport
import Testing
import UASCTransfer

struct UASCTransferProgrammeTests {
    let middlesbrough = LocalAuthority(
        code: ONSCode("E06000002")!, name: "Middlesbrough", tier: .unitary, population: 140_980, childPopulation: 32_794,
        populationVintage: "ONS MYE 2019", populationSource: "ONS MYE 2019")

    func threshold(on day: String) async throws -> Double? {
        let region = Region(
            id: "t", name: "T", shortName: "T", onsRegionCode: nil, leadOrganisation: "L", established: "2016",
            programmes: ["uasc-nts": ProgrammeConfig(enabled: true)], localAuthorities: [middlesbrough])
        let value = try await Evaluation.values(UASCTransferProgramme(), region: region, on: Day(iso: day)!)["uasc-nts.threshold"]
        if case .value(let v) = value?.state { return v }
        return nil
    }

    @Test func thresholdMovesFrom007To01PercentOn24August2022() async throws {
        // DOMAIN.md cross-check: Middlesbrough 0-17 = 32,794, threshold 23.0 (0.07%) or 32.8 (0.1%).
        #expect(abs(try #require(await threshold(on: "2022-08-23")) - 22.9558) < 0.001)
        #expect(abs(try #require(await threshold(on: "2022-08-24")) - 32.794) < 0.001)
        #expect(try await threshold(on: "2016-06-30") == nil)
    }

    @Test func nationalThresholdCannotBeOverriddenByARegion() {
        let definition = UASCTransferProgramme().settings.first { $0.key == UASCTransferProgramme.thresholdRate }
        #expect(definition?.regionMayOverride == false)
        #expect(definition?.national.count == 2)
    }
}
