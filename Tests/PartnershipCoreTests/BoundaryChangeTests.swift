import CSV
import Foundation
import PartnershipCore
import TestSupport
import Testing

struct BoundaryChangeTests {
    static func districtCodes2019() async throws -> Set<ONSCode> {
        let reader = try CSVReader(
            string: String(contentsOf: RepositoryPaths.dataFile("ons-mye2019-persons-single-year-of-age-ltla19.csv"), encoding: .utf8),
            hasHeaderRow: true)
        var codes = Set<ONSCode>()
        while let row = reader.next() { codes.insert(ONSCode(row[0])!) }
        return codes
    }

    @Test func followsChainsToTodaysCode() {
        let changes = BoundaryChanges.england
        // Taunton Deane became Somerset West and Taunton (2019), then part of Somerset (2023).
        #expect(changes.current(ONSCode("E07000190")!) == ONSCode("E06000066"))
        #expect(changes.current(ONSCode("E07000004")!) == ONSCode("E06000060"))
        #expect(changes.current(ONSCode("E06000002")!) == ONSCode("E06000002"))
    }

    @Test func everySuccessorIsBuiltFromRealPredecessors() async throws {
        let known = try await Self.districtCodes2019()
        for change in BoundaryChanges.england.changes where change.effective >= Day(iso: "2020-04-01")! {
            // Post-2019 changes are expressed in April 2019 codes, so each predecessor is in the MYE 2019 file.
            for code in change.predecessors {
                #expect(known.contains(code), "\(code) (predecessor of \(change.successorName)) is not in ONS MYE 2019")
            }
            #expect(!known.contains(change.successor), "\(change.successorName) should not exist in April 2019")
        }
        let somerset = BoundaryChanges.england.predecessors2019(of: ONSCode("E06000066")!, known: known)
        #expect(Set(somerset.map(\.rawValue)) == Set(["E07000187", "E07000188", "E07000189", "E07000246"]))
    }
}
