import Foundation
import TestSupport
import Testing

/// `smp compare`: the regions side by side on the same indicators, small counts suppressed outside
/// the owning region.
struct CompareCLITests {
    let cli = CLITests()

    @Test func smallLocalCountsShowAsUnder5OutsideTheOwningRegion() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = ["--db", folder.appendingPathComponent("smp.sqlite").path]
        let file = folder.appendingPathComponent("batch.csv")
        try "case_ref,adults,children_under_3,children_3_4,children_5_18,referred_on,source\nSYN-T-001,2,0,0,1,2017-05-01,synthetic (test)\n"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try await cli.smp(["resettlement", "referral", "import", "--region", "east-midlands", "--batch", "T", file.path] + db).status == 0)
        func referred(viewer: [String]) async throws -> [String: Any] {
            let run = try await cli.smp(["compare", "--programme", "vprs", "--as-of", "2018-03-31", "--format", "json"] + viewer + db)
            #expect(run.status == 0, "\(run.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
            return (object["rows"] as! [[String: Any]]).first { $0["indicator"] as? String == "vprs.referred" }!
        }
        func detail(_ row: [String: Any], _ region: String) -> [String: String]? { (row["details"] as? [String: [String: String]])?[region] }
        let national = try await referred(viewer: [])
        #expect(national["east-midlands"] is NSNull)
        #expect(detail(national, "east-midlands")?["state"] == "suppressed")
        #expect(try await referred(viewer: ["--viewer", "east-midlands"])["east-midlands"] as? Int == 3)
        let other = try await referred(viewer: ["--viewer", "north-east"])
        #expect(other["north-east"] is NSNull)
        #expect(detail(other, "north-east")?["reason"] == "no local resettlement records")
        #expect(detail(other, "east-midlands")?["state"] == "suppressed")
        let table = try await cli.smp(["compare", "--programme", "vprs", "--as-of", "2018-03-31"] + db)
        #expect(table.stdout.split(separator: "\n").contains { $0.hasPrefix("vprs.referred") && $0.contains("<5") })
        // Published Home Office figures are compared for every region.
        let run = try await cli.smp(["compare", "--programme", "vprs", "--as-of", "2018-03-31", "--format", "json"] + db)
        let rows = (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any])["rows"] as! [[String: Any]]
        let arrived = rows.first { $0["indicator"] as? String == "vprs.arrived" }!
        // Res_D01 VPRS arrivals to 31 March 2018 in each partnership's LAs.
        #expect(arrived["east-midlands"] as? Int == 499)
        #expect(arrived["north-east"] as? Int == 907)
        #expect(arrived["south-east"] as? Int == 1_013)
        #expect(arrived["south-west"] as? Int == 796)
        #expect(RepositoryPaths.regionModuleIDs.allSatisfy { arrived[$0] is Int })
    }
}
