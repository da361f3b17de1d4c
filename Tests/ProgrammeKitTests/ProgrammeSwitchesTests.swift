import PartnershipCore
import Testing

struct ProgrammeSwitchesTests {
    let la = LocalAuthority(
        code: ONSCode("E06000002")!, name: "Middlesbrough", tier: .unitary, population: 140_980, childPopulation: 32_794,
        populationVintage: "ONS MYE 2019", populationSource: "test")

    func region(_ enabled: Bool) -> Region {
        Region(
            id: "r", name: "R", shortName: "R", onsRegionCode: nil, leadOrganisation: "L", established: "2000",
            programmes: ["vprs": ProgrammeConfig(enabled: enabled)], localAuthorities: [la])
    }

    func flip(_ enabled: Bool, from day: String, region: String = "r") -> ProgrammeSwitch {
        ProgrammeSwitch(
            region: region, programme: "vprs", enabled: enabled, effectiveFrom: Day(iso: day)!, by: "t", reason: "r",
            recordedAt: "2024-01-01T00:00:00Z")
    }

    @Test func theModuleDefaultHoldsUntilTheFirstSwitchThenTheLatestInForce() {
        let switches = ProgrammeSwitches(region: region(true), switches: [flip(false, from: "2019-01-01"), flip(true, from: "2020-04-01")])
        #expect(switches.isEnabled("vprs", on: Day(iso: "2018-12-31")!))
        #expect(!switches.isEnabled("vprs", on: Day(iso: "2019-01-01")!))
        #expect(!switches.isEnabled("vprs", on: Day(iso: "2020-03-31")!))
        #expect(switches.isEnabled("vprs", on: Day(iso: "2020-04-01")!))
        #expect(!ProgrammeSwitches(region: region(false), switches: []).isEnabled("vprs", on: Day(iso: "2020-01-01")!))
    }

    @Test func theLaterRecordedWinsOnTheSameDayAndOtherRegionsAreIgnored() {
        let switches = ProgrammeSwitches(
            region: region(true),
            switches: [flip(false, from: "2019-01-01"), flip(true, from: "2019-01-01"), flip(false, from: "2010-01-01", region: "other")])
        #expect(switches.isEnabled("vprs", on: Day(iso: "2019-06-01")!))
        #expect(switches.isEnabled("vprs", on: Day(iso: "2015-01-01")!))
        #expect(switches.history().count == 2)
    }
}
