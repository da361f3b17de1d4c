import PartnershipCore
import Testing

private struct FakeProgramme: Programme {
    let id: ProgrammeID
    var title: String { "Fake" }
    var summary: String { "A programme for tests" }
    var settings: [SettingDefinition] { [] }
    var indicators: [IndicatorDefinition] {
        [IndicatorDefinition(id: "\(id).count", title: "count", unit: .people, definition: "d", countsPeople: true)]
    }
    func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }
}

struct RegistryAndPrivacyTests {
    @Test func registryRejectsDuplicateIDs() {
        #expect(throws: ProgrammeError.self) { try ProgrammeRegistry([FakeProgramme(id: "a"), FakeProgramme(id: "a")]) }
        let registry = try? ProgrammeRegistry([FakeProgramme(id: "a"), FakeProgramme(id: "b")])
        #expect(registry?.ids == ["a", "b"])
    }

    @Test func switchedOffAndUnavailableCoverEveryIndicatorByID() {
        let programme = FakeProgramme(id: "fake")
        #expect(programme.switchedOff["fake.count"]?.state == .programmeOff)
        #expect(programme.unavailable("why")["fake.count"]?.state == .noData("why"))
        #expect(programme.switchedOff.ids == ["fake.count"])
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
