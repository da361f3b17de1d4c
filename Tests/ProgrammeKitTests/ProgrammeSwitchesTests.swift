import PartnershipCore
import PartnershipStore
import ProgrammeKit
import TestSupport
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

/// A comparison reads the switch log once for all its areas: each area gets exactly the switches
/// it would get read alone, and an area without any gets none.
@Suite struct SwitchboardReadTests {
    func region(_ id: String) -> Region {
        Region(
            id: id, name: id, shortName: id, onsRegionCode: nil, leadOrganisation: "L", established: "2000",
            programmes: ["vprs": ProgrammeConfig(enabled: true), "nrpf": ProgrammeConfig(enabled: true)], localAuthorities: [])
    }

    @Test(arguments: StoreEngine.available) func oneReadGivesEachRegionItsOwnSwitches(engine: StoreEngine) async throws {
        let store = try await engine.open(try StoreSchema([StoreSchema.core]))
        let board = ProgrammeSwitchboard(store: store)
        let (a, b, c) = (region("a"), region("b"), region("c"))
        try await board.record("vprs", enabled: false, for: a, from: Day(iso: "2023-04-01")!, by: "test", reason: "synthetic")
        try await board.record("nrpf", enabled: false, for: b, from: Day(iso: "2022-01-01")!, by: "test", reason: "synthetic")
        try await board.record("vprs", enabled: false, for: b, from: Day(iso: "2023-01-01")!, by: "test", reason: "synthetic")
        try await board.record("nrpf", enabled: true, for: b, from: Day(iso: "2024-01-01")!, by: "test", reason: "synthetic")
        let together = try await board.switches(for: [a, b, c])
        #expect(Set(together.keys) == ["a", "b", "c"])
        for region in [a, b, c] {
            let alone = try await board.switches(for: region)
            #expect(together[region.id]?.history() == alone.history())
        }
        #expect(together["a"]?.history().count == 1)
        #expect(together["b"]?.history().count == 3)
        #expect(together["c"]?.history().isEmpty == true)
        #expect(together["b"]?.isEnabled("nrpf", on: Day(iso: "2023-06-30")!) == false)
        #expect(together["b"]?.isEnabled("nrpf", on: Day(iso: "2024-06-30")!) == true)
    }
}
