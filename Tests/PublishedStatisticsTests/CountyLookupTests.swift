import PartnershipCore
import PublishedStatistics
import Testing

/// The bundled ONS district-to-county lookup agrees with the ONS population estimates.
@Suite struct CountyLookupTests {
    @Test func everyCountysDistrictsSumToItsONSEstimate() throws {
        let lookup = CountyLookup.bundled, estimates = ONSMidYear2019.bundled
        let counties = Set(lookup.countyOf.values)
        #expect(counties.count == 26)
        #expect(lookup.countyOf.count == 192)
        for county in counties {
            let districts = lookup.districts(of: county).map { try! #require(estimates[$0]) }
            let estimate = try #require(estimates[county])
            #expect(districts.reduce(0) { $0 + $1.total } == estimate.total, "\(county)")
            #expect(districts.reduce(0) { $0 + $1.children } == estimate.children, "\(county)")
        }
        // Every April 2019 district is in exactly one county.
        #expect(estimates.estimates.keys.filter { $0.entity == "E07" }.allSatisfy { lookup.countyOf[$0] != nil })
    }
}
