import Foundation
import TestSupport
import Testing

/// What `dispersal status` shows and what `compare` shows come from the same code: for every region
/// module and a run of quarters, the region's total row equals the comparison's indicators.
@Suite(.serialized) struct DispersalAgreementTests {
    static let folder = try! RepositoryPaths.temporaryFolder()

    @Test func statusAndCompareAgreeForEveryRegionAndQuarter() async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", Self.folder.appendingPathComponent("smp.sqlite").path]
        let regions = try #require(
            try await smp(["regions", "--format", "json", "--regions", RepositoryPaths.regions.path]).json()["regions"] as? [[String: Any]]
        ).compactMap { $0["id"] as? String }
        #expect(!regions.isEmpty)
        for day in ["2014-03-31", "2016-09-30", "2019-06-30", "2021-12-31", "2024-09-30"] {
            let compare = await smp(["compare", "--programme", "dispersal", "--as-of", day, "--format", "json"] + common)
            #expect(compare.status == 0, "\(compare.stderr)")
            let rows = try #require(try await compare.json()["rows"] as? [[String: Any]])
            func indicator(_ id: String) -> [String: Any] { rows.first { $0["indicator"] as? String == id } ?? [:] }
            for region in regions {
                let status = await smp(["dispersal", "status", "--region", region, "--as-of", day, "--format", "json"] + common)
                #expect(status.status == 0, "\(status.stderr)")
                let total = try #require(await (try status.json()["rows"] as? [[String: Any]])?.last)
                #expect(total["LA"] as? String == "Region total")
                #expect(indicator("dispersal.supported")[region] as? Int == total["count"] as? Int, "\(region) \(day)")
                #expect(indicator("dispersal.limit")[region] as? Int == total["limit"] as? Int, "\(region) \(day)")
                #expect(indicator("dispersal.headroom")[region] as? Int == total["headroom"] as? Int, "\(region) \(day)")
                #expect(indicator("dispersal.rate-per-10000")[region] as? Double == total["per 10,000"] as? Double, "\(region) \(day)")
                let over = (total["status"] as? String).flatMap { Int($0.prefix { $0.isNumber }) }
                #expect(indicator("dispersal.las-over-limit")[region] as? Int == over, "\(region) \(day)")
            }
        }
    }
}
