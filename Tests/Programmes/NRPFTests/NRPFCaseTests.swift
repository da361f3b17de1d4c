import CommandLineKit
import Composition
import NRPF
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import TestSupport
import Testing

/// NRPF cases: costs split across financial years, the closure alert, the file's checks, and the
/// records on every available engine.
struct NRPFCaseTests {
    static let region: Region = RegionCatalog(folder: RepositoryPaths.regions, registry: try! StandardProgrammes.registry().platform.programmes)
        .region("east-midlands")!

    static func item(
        start: String, end: String? = nil, accommodation: Int = 7_000, subsistence: Int = 3_500, household: NRPFHouseholdType = .family,
        change: NRPFCase.StatusChange? = nil
    ) -> NRPFCase {
        NRPFCase(
            reference: CaseReference(stored: "T-1"), laCode: ONSCode("E06000015")!, householdType: household,
            legalBasis: NRPFCaseFile.expectedBasis(household), immigrationStatus: .leaveNRPF, dependants: 2, startedOn: Day(iso: start)!,
            weeklyAccommodationPence: accommodation, weeklySubsistencePence: subsistence, endedOn: end.flatMap(Day.init(iso:)),
            closureReason: end == nil ? nil : .leftArea, statusChange: change, source: "test")
    }

    @Test func aCaseOpenAtTheYearEndIsSplitBetweenTheYearsByDay() {
        // £70 a week accommodation, £35 subsistence: £10 and £5 a day. 25-31 Mar 2024 is 7 days in
        // 2023-24; support ended on 6 Apr 2024, so 1-5 Apr is 5 days in 2024-25.
        let lines = NRPFCosts.lines(for: Self.item(start: "2024-03-25", end: "2024-04-06"), through: Day(iso: "2025-01-01")!)
        #expect(lines.map(\.year.description) == ["2023-24", "2024-25"])
        #expect(lines.map(\.days) == [7, 5])
        #expect(lines.map(\.accommodationPence) == [7_000, 5_000])
        #expect(lines.map(\.subsistencePence) == [3_500, 2_500])
        // Still open: counted to the day asked, inclusive.
        let open = NRPFCosts.lines(for: Self.item(start: "2024-03-25"), through: Day(iso: "2024-04-02")!)
        #expect(open.map(\.days) == [7, 2])
        // A weekly figure that does not divide by 7 is rounded once per case-year, half up: £1 a week for 3 days = 42.86p -> 43p.
        #expect(
            NRPFCosts.lines(for: Self.item(start: "2024-05-01", accommodation: 100, subsistence: 0), through: Day(iso: "2024-05-03")!)
                .map(\.accommodationPence) == [43])
    }

    @Test func aStatusGrantingRecourseRaisesClosureRequiredUntilTheCaseIsClosed() {
        let change = NRPFCase.StatusChange(status: .leaveWithRecourse, day: Day(iso: "2025-02-10")!)
        let open = Self.item(start: "2024-01-08", change: change)
        #expect(open.closureRequired(on: Day(iso: "2025-02-09")!) == nil)
        #expect(open.closureRequired(on: Day(iso: "2025-02-10")!) == Day(iso: "2025-02-10"))
        let closed = open.closing(on: Day(iso: "2025-03-01")!, reason: .recourseGranted)
        #expect(closed.closureRequired(on: Day(iso: "2025-03-01")!) == nil)
        #expect(closed.closureRequired(on: Day(iso: "2025-02-20")!) == Day(iso: "2025-02-10"))  // the history stays readable
        // A status that does not grant recourse raises nothing.
        #expect(
            Self.item(start: "2024-01-08", change: .init(status: .asylumClaim, day: Day(iso: "2025-02-10")!)).closureRequired(
                on: Day(iso: "2025-03-01")!) == nil)
    }

    @Test func aBadCaseFileNamesEveryProblemAndImportsNothing() {
        let text = """
            ref,la,household_type,legal_basis,immigration_status,dependants,started_on,weekly_accommodation,weekly_subsistence,ended_on,closure_reason
            Mary Smith,Derby,family-with-children,children-act-s17,leave-nrpf,2,2024-01-08,200.00,50.00,,
            NR-2,Broxtowe,family-with-children,children-act-s17,leave-nrpf,2,2024-01-08,200.00,50.00,,
            NR-3,Derby,family-with-children,children-act-s17,leave-nrpf,0,2024-01-08,200.00,50.00,,
            NR-4,Derby,adult-with-care-needs,care-act-2014,leave-nrpf,0,2024-01-08,99999999,50.5.0,,
            NR-5,Derby,adult-with-care-needs,care-act-2014,leave-nrpf,0,2024-01-08,200.00,50.00,2023-12-01,
            """
        let parsed = NRPFCaseFile.parse(text, file: "cases.csv", region: Self.region)
        #expect(parsed.accepted == nil)
        let messages = parsed.diagnostics.errors.map(\.description)
        #expect(messages.contains { $0.contains("cases.csv:2") && $0.contains("looks like a person's name") })
        #expect(messages.contains { $0.contains("cases.csv:3") && $0.contains("'Broxtowe' is not an upper-tier LA") })
        #expect(messages.contains { $0.contains("cases.csv:4") && $0.contains("at least one dependant") })
        #expect(messages.contains { $0.contains("cases.csv:5") && $0.contains("weekly_accommodation") })
        #expect(messages.contains { $0.contains("cases.csv:5") && $0.contains("weekly_subsistence") })
        #expect(messages.contains { $0.contains("cases.csv:6") && $0.contains("before the start") })
        #expect(messages.count == 6, "\(messages)")
    }

    @Test(arguments: StoreEngine.available)
    func reimportsReplaceAndTheStoreGivesBackWhatWentIn(engine: StoreEngine) async throws {
        let records = await NRPFRecords(store: try engine.open(StandardProgrammes.registry().platform.schema()), region: Self.region.id)
        let cases = try #require(
            NRPFCaseFile.parse(SyntheticNRPFCases(region: Self.region, seed: 4, count: 30).csv(), file: "c.csv", region: Self.region).accepted)
        #expect(cases.count == 30)
        #expect(try await records.replace(with: cases) == 0)
        #expect(try await records.replace(with: cases) == 30)
        #expect(Set(try await records.cases()) == Set(cases))
    }
}
