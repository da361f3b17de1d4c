import CommandLineKit
import Composition
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import TestSupport
import Testing
import UASCTransfer

/// Request and in-care files, and the records in the store on every available engine: a bad file
/// names every problem and imports nothing; re-imports replace rather than double.
struct UASCRecordsTests {
    static let region: Region = RegionCatalog(folder: RepositoryPaths.regions, registry: try! StandardProgrammes.registry().platform.programmes)
        .region("north-east")!

    static func records(_ engine: StoreEngine) async throws -> UASCRecords {
        await UASCRecords(store: try engine.open(StandardProgrammes.registry().platform.schema()), region: region.id)
    }

    @Test func aBadRequestFileNamesEveryProblemWithItsLineAndImportsNothing() {
        let text = """
            child_ref,event,date,la,age_band,needs,reason
            Ahmed Ali,requested,2024-01-08,Middlesbrough,16-17,,
            NE-001,offered,2024-01-09,Sunderland,,,
            NE-002,requested,2024-01-08,Middlesbrough,16-17,health,
            NE-002,accepted,2024-01-09,Sunderland,,,
            NE-003,requested,2024-01-08,Middlesbrough,16-17,,
            NE-003,offered,2024-01-09,Sunderland,,,
            NE-003,declined,2024-01-10,Sunderland,,,
            NE-004,requested,2024-01-08,Middlesbrough,16-17,,
            NE-004,offered,2024-01-05,Middlesbrough,,,
            NE-005,requested,2024-01-08,Darlington district,16-17,,
            """
        let parsed = RequestFile.parse(text, file: "requests.csv", region: Self.region)
        #expect(parsed.accepted == nil)
        let messages = parsed.diagnostics.errors.map(\.description)
        #expect(messages.contains { $0.contains("requests.csv:2") && $0.contains("child_ref") && $0.contains("looks like a person's name") })
        #expect(messages.contains { $0.contains("requests.csv:3") && $0.contains("NE-001 has a 'offered' step before its 'requested' row") })
        #expect(messages.contains { $0.contains("requests.csv:5") && $0.contains("was not offered to Sunderland") })
        #expect(messages.contains { $0.contains("requests.csv:8") && $0.contains("reason") })
        #expect(messages.contains { $0.contains("requests.csv:10") && $0.contains("before the previous step") })
        #expect(messages.contains { $0.contains("requests.csv:10") && $0.contains("Middlesbrough is the referring LA") })
        #expect(messages.contains { $0.contains("requests.csv:11") && $0.contains("is not an upper-tier LA of north-east") })
        #expect(messages.count == 7, "\(messages)")
    }

    @Test func aColumnForNamesOrDatesOfBirthIsRefused() {
        let parsed = InCareFile.parse("la,date,children,child_name\nMiddlesbrough,2024-03-31,20,x\n", file: "care.csv", region: Self.region)
        #expect(parsed.accepted == nil)
        #expect(parsed.diagnostics.errors.contains { $0.field == "child_name" })
    }

    @Test(arguments: StoreEngine.available)
    func reimportsReplaceAndTheStoreGivesBackWhatWentIn(engine: StoreEngine) async throws {
        let records = try await Self.records(engine)
        let synthetic = SyntheticUASC(region: Self.region, seed: 3, requests: 25)
        let counts = try #require(InCareFile.parse(synthetic.inCareCSV(), file: "care.csv", region: Self.region).accepted)
        let requests = try #require(RequestFile.parse(synthetic.requestsCSV(), file: "requests.csv", region: Self.region).accepted)
        #expect(counts.count == 12 * 11)  // 12 upper-tier LAs, 11 quarter ends
        #expect(requests.count == 25)

        #expect(try await records.replaceInCare(with: counts) == 0)
        #expect(try await records.replaceInCare(with: counts) == counts.count)
        #expect(try await records.inCare().count == counts.count)
        #expect(try await records.replaceRequests(with: requests) == 0)
        #expect(try await records.replaceRequests(with: requests) == requests.count)
        let stored = try await records.requests()
        #expect(Set(stored) == Set(requests))
        #expect(stored.filter { $0.transfer != nil }.count == requests.filter { $0.transfer != nil }.count)
    }
}
