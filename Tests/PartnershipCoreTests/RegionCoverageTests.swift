import PartnershipCore
import Testing

/// Only a module's own records count: a comparison reads records for modules alone, because an
/// area without one (or a sub-region) shows every local-records cell blank.
struct RegionCoverageTests {
    @Test func onlyAModuleHoldsLocalRecordsAndTheOthersSayWhyTheCellsAreBlank() {
        #expect(RegionCoverage.module.holdsLocalRecords)
        for other in [
            RegionCoverage.publishedData(populationHeld: true, note: "n"), .publishedData(populationHeld: false, note: "n"), .subRegion(of: "r"),
        ] {
            #expect(!other.holdsLocalRecords)
            #expect(other.blankReason(for: .localRecords) != nil)
        }
    }
}
