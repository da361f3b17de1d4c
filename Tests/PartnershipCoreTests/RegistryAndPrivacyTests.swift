import PartnershipCore
import Testing

private struct FakeProgramme: Programme {
    let id: ProgrammeID
    var title: String { "Fake" }
    var summary: String { "A programme for tests" }
    var settings: [SettingDefinition] { [] }
    var indicators: [IndicatorDefinition] { [IndicatorDefinition(id: "\(id).count", title: "count", unit: .people, definition: "d", countsPeople: true)] }
    func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }
    func evaluate(_ context: EvaluationContext) -> [IndicatorValue] { [IndicatorValue(indicator: "\(id).count", state: .value(3))] }
}

struct RegistryAndPrivacyTests {
    @Test func registryRejectsDuplicateIDs() {
        #expect(throws: ProgrammeError.self) { try ProgrammeRegistry([FakeProgramme(id: "a"), FakeProgramme(id: "a")]) }
        let registry = try? ProgrammeRegistry([FakeProgramme(id: "a"), FakeProgramme(id: "b")])
        #expect(registry?.ids == ["a", "b"])
    }

    @Test func switchedOffProgrammeReportsOffNotZero() {
        let la = LocalAuthority(code: ONSCode("E06000002")!, name: "Middlesbrough", tier: .unitary, population: 140_980, childPopulation: 32_794,
                                populationVintage: "ONS MYE 2019", populationSource: "test")
        let on = Region(id: "r", name: "R", shortName: "R", onsRegionCode: nil, leadOrganisation: "L", established: "2000",
                        programmes: ["fake": ProgrammeConfig(enabled: true)], localAuthorities: [la])
        let off = Region(id: "r", name: "R", shortName: "R", onsRegionCode: nil, leadOrganisation: "L", established: "2000",
                         programmes: ["fake": ProgrammeConfig(enabled: false)], localAuthorities: [la])
        let programme = FakeProgramme(id: "fake")
        #expect(programme.indicators(for: on, on: Day(iso: "2020-01-01")!).first?.state == .value(3))
        #expect(programme.indicators(for: off, on: Day(iso: "2020-01-01")!).first?.state == .programmeOff)
    }

    @Test func smallCountsAreSuppressedOutsideTheOwningRegion() {
        #expect(SmallCount.display(3, for: .outsideRegion) == "<5")
        #expect(SmallCount.display(3, for: .owningRegion) == "3")
        #expect(SmallCount.display(0, for: .outsideRegion) == "0")
        #expect(SmallCount.display(5, for: .outsideRegion) == "5")
    }

    @Test func nearestNameSuggestsCloseMatchesOnly() {
        #expect(NearestName.to("dispersl", in: ["dispersal", "vprs", "nrpf"]) == "dispersal")
        #expect(NearestName.to("housing", in: ["dispersal", "vprs", "nrpf"]) == nil)
    }

    @Test func namesFoldAcrossPublishers() {
        #expect(EnglishRegion.named("East Of England")?.code.rawValue == "E12000006")
        #expect(EnglishRegion.named("Yorkshire And The Humber")?.code.rawValue == "E12000003")
        #expect(NameKey.fold("Brighton & Hove") == NameKey.fold("Brighton and Hove"))
    }
}
