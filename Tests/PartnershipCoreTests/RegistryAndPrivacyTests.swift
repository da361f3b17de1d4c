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

struct LocalAuthorityLookupTests {
    func la(_ code: String, _ name: String) -> LocalAuthority {
        LocalAuthority(
            code: ONSCode(code)!, name: name, tier: .unitary, population: 1, childPopulation: 0, populationVintage: "v", populationSource: "s")
    }

    @Test func shortNamesFindTheirLAWhenTheyNameExactlyOne() {
        let region = Region(
            id: "yh", name: "YH", shortName: "YH", onsRegionCode: nil, leadOrganisation: "L", established: "x", programmes: [:],
            localAuthorities: [la("E06000010", "Kingston upon Hull, City of"), la("E06000011", "East Riding of Yorkshire"), la("E06000014", "York")])
        #expect(region.lowerTierAuthority(matching: "Hull")?.code.rawValue == "E06000010")
        #expect(region.lowerTierAuthority(matching: "kingston upon hull")?.code.rawValue == "E06000010")
        #expect(region.lowerTierAuthority(matching: "e06000014")?.name == "York")
        #expect(region.lowerTierAuthority(matching: "York")?.name == "York")
        #expect(region.lowerTierAuthority(matching: "of") == nil)
        #expect(region.lowerTierSuggestion(for: "of") == " Did you mean one of 'Kingston upon Hull, City of', 'East Riding of Yorkshire'?")
    }
}

/// Personal-data columns are recognised by their words, whatever the spelling.
struct PersonalDataColumnTests {
    @Test func everySpellingOfANameOrBirthDateIsRefusedAndOrdinaryColumnsAreNot() {
        for column in [
            "name", "d.o.b", "birthdate", "DateOfBirth", "client_name", "applicant name", "head_of_household", "born", "nom", "Surname",
            "date of birth", "NI number", "e-mail address", "Phone",
        ] {
            #expect(PersonalDataColumns.isPersonal(column), "\(column)")
        }
        for column in ["case_ref", "child_ref", "adults", "children_under_3", "needs", "la", "date", "source", "household_types", "event", "reason"] {
            #expect(!PersonalDataColumns.isPersonal(column), "\(column)")
        }
    }
}
