import FoundationEssentials
import PartnershipCore
import PublishedStatistics
import ResettlementCore
import Testing

/// The national tariffs and the funding worked example from DOMAIN.md 1.3.
struct ResettlementTariffTests {
    static let schedule: @Sendable (Day) -> TariffSchedule? = { day in
        TariffSchedule(ResolvedSettings(definitions: ResettlementTariffs.settings, overrides: [:], on: day))
    }

    static func arrival(_ household: Household, on day: String) -> Arrival {
        guard case .success(let ref) = CaseReference.parse("TEST-001") else { fatalError() }
        return Arrival(caseRef: ref, laCode: ONSCode("E06000015")!, arrivedOn: Day(iso: day)!, flight: .charter, household: household, source: "test")
    }

    @Test func bundledTariffFileIsValidAndTotals20520OverFiveYears() async throws {
        let text = try String(contentsOf: try #require(ResettlementTariffs.file), encoding: .utf8)
        #expect(ResettlementTariffs.parse(text, file: "national-tariffs.csv").diagnostics.isEmpty)
        #expect(ResettlementTariffs.problems.isEmpty)
        let tariffs = try #require(Self.schedule(Day(iso: "2016-11-15")!))
        #expect(tariffs.perPerson == [8_520, 5_000, 3_700, 2_300, 1_000])
        #expect(tariffs.perPerson.reduce(0, +) == 20_520)
        #expect(tariffs.education5to18 == 4_500 && tariffs.education3to4 == 2_250)
    }

    /// 2 adults and children aged 4 and 9 arriving 15 Nov 2016: year 1 is £8,520 x 4 + £4,500 + £2,250,
    /// split by days between 2016-17 (15 Nov-31 Mar: 137 of 365 days) and 2017-18.
    @Test func workedExampleFamilyOfFourArriving15November2016() {
        let family = Household(adults: 2, children3to4: 1, children5to18: 1)
        let lines = FundingCalculator(schedule: Self.schedule).lines(for: Self.arrival(family, on: "2016-11-15"))
        let yearOne = lines.filter { $0.tariffYear == 1 }
        let expected = (8_520 * 4 + 4_500 + 2_250) * 100
        let total = yearOne.reduce(0) { $0 + $1.pence }
        #expect(total == expected)
        #expect(yearOne.map(\.financialYear.description) == ["2016-17", "2017-18"])
        #expect(yearOne.map(\.days) == [137, 228])
        // 40,830 x 137 / 365 = 15,325.233…: £15,325.23 in 2016-17, the rest (£25,504.77) in 2017-18.
        #expect(yearOne.map(\.pence) == [1_532_523, 2_550_477])
        // Years 2-5 carry no education tariff: 4 people x £5,000, £3,700, £2,300, £1,000.
        for (year, rate) in zip(2...5, [5_000, 3_700, 2_300, 1_000]) {
            let due = lines.filter { $0.tariffYear == year }.reduce(0) { $0 + $1.pence }
            #expect(due == rate * 400)
        }
        // Year 5 ends 14 Nov 2021, so the last money falls in 2021-22.
        #expect(lines.last?.financialYear.description == "2021-22")
    }

    @Test func aYearSpanningTheLeapDayHas366DaysAndStillAddsUp() {
        let parts = FundingCalculator.split(pence: 852_000, from: Day(iso: "2019-06-01")!, to: Day(iso: "2020-05-31")!)
        #expect(parts.map(\.days) == [305, 61])
        #expect(parts.reduce(0) { $0 + $1.pence } == 852_000)
    }

    @Test func noTariffBeforeTheFirstInstruction() {
        #expect(Self.schedule(Day(iso: "2015-01-01")!) == nil)
        #expect(FundingCalculator(schedule: Self.schedule).lines(for: Self.arrival(Household(adults: 1), on: "2015-01-01")).isEmpty)
    }

    /// A later funding instruction is one more row in the tariff file, taking effect on its date.
    @Test func aLaterInstructionIsARowNotCode() async throws {
        let text =
            try String(contentsOf: try #require(ResettlementTariffs.file), encoding: .utf8)
            + "tariff-year-1,2020-04-01,9000,\"hypothetical later instruction (test only)\"\n"
        let rows = try #require(ResettlementTariffs.parse(text, file: "test.csv").accepted)
        let definitions = ResettlementTariffs.definitions(rows)
        let before = TariffSchedule(ResolvedSettings(definitions: definitions, overrides: [:], on: Day(iso: "2020-03-31")!))
        let after = TariffSchedule(ResolvedSettings(definitions: definitions, overrides: [:], on: Day(iso: "2020-04-01")!))
        #expect(before?.perPerson.first == 8_520)
        #expect(after?.perPerson.first == 9_000)
        #expect(after?.source == "hypothetical later instruction (test only)")
    }

    @Test func aBrokenTariffFileReportsEveryProblem() {
        let text = "setting,from,pounds,source\ntariff-year-9,2015-09-07,8520,x\ntariff-year-2,07/09/2015,-5,\n"
        let problems = ResettlementTariffs.parse(text, file: "t.csv").diagnostics.errors
        #expect(Set(problems.compactMap(\.field)) == ["setting", "from", "pounds", "source"])
        #expect(problems.allSatisfy { $0.file == "t.csv" && $0.line != nil })
    }

    @Test func schemesShareTariffsButNotIndicatorIDs() {
        let vprs = ResettlementScheme(id: "vprs", title: "V", summary: "s"), vcrs = ResettlementScheme(id: "vcrs", title: "C", summary: "s")
        #expect(vprs.settings.map(\.key) == vcrs.settings.map(\.key))
        #expect(Set(vprs.indicators.map(\.id)).isDisjoint(with: vcrs.indicators.map(\.id)))
    }
}
