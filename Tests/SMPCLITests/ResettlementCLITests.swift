import Foundation
import TestSupport
import Testing

/// The full resettlement cycle from the command line on seeded synthetic batches, for each of the
/// four regions, and reconciliation against the real Res_D01 (one shared store: imports once).
@Suite(.serialized) struct ResettlementCLITests {
    let cli = CLITests()

    func json(_ run: CLITests.Run) async throws -> (rows: [[String: Any]], notes: [String]) {
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        return (object["rows"] as! [[String: Any]], object["notes"] as! [String])
    }

    @Test func fullCycleForEachRegionAndReconciliationOnRealData() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = ["--db", folder.appendingPathComponent("smp.sqlite").path]
        #expect(try await cli.smp(["import", "--bundled"] + db).status == 0)
        let out = folder.appendingPathComponent("synthetic").path
        // VPRS in two regions, VCRS in the other two: one resettlement core serves both schemes.
        for (index, (region, scheme)) in [("east-midlands", "vprs"), ("north-east", "vcrs"), ("south-east", "vprs"), ("south-west", "vcrs")]
            .enumerated()
        {
            let scope = ["--region", region, "--scheme", scheme] + db
            func run(_ arguments: [String]) async throws -> CLITests.Run {
                let result = try await cli.smp(["resettlement"] + arguments + scope)
                #expect(result.status == 0, "\(region) \(arguments.joined(separator: " ")): \(result.stderr)")
                return result
            }
            let seed = String(index + 11)
            let written = try await run([
                "synthetic", "batch", "--year", "2017-18", "--batch", "B1", "--households", "25", "--seed", seed, "--out", out,
            ])
            #expect(written.stdout.contains("SYNTHETIC"))
            let pledges = "\(out)/\(region)-\(scheme)-pledges-2017-18.csv", referrals = "\(out)/\(region)-\(scheme)-referrals-B1.csv"
            _ = try await run(["pledge", "import", pledges])
            _ = try await run(["referral", "import", "--batch", "B1", referrals])
            let match = try await json(run(["match", "--batch", "B1", "--accept", "--on", "2017-06-15", "--format", "json"]))
            let placed = match.rows.filter { $0["outcome"] as? String == "placed" }
            let placedPeople = placed.reduce(0) { $0 + ($1["people"] as! Int) }
            #expect(placed.count + match.rows.filter { $0["outcome"] as? String == "unplaced" }.count == 25)
            #expect(match.rows.filter { $0["outcome"] as? String == "unplaced" }.allSatisfy { !($0["LA or reason"] as! String).isEmpty })
            _ = try await run(["synthetic", "arrivals", "--batch", "B1", "--seed", seed, "--out", out])
            _ = try await run(["arrival", "import", "\(out)/\(region)-\(scheme)-arrivals-B1.csv"])

            let funding = try await json(run(["funding", "--format", "json"]))
            let totals = funding.rows.filter { $0["LA"] as? String == "Total" }
            #expect(!totals.isEmpty)
            #expect(funding.notes.contains { $0.contains("SYNTHETIC") })

            let progress = try await json(run(["progress", "--as-of", "2019-03-31", "--format", "json"]))
            let total = try #require(progress.rows.first { $0["LA"] as? String == "Region total" })
            #expect(total["matched cum."] as? Int == placedPeople)
            #expect(total["arrived cum. (local)"] as? Int == placedPeople)
            // Progress agrees with the pledge list and with the reconciliation's Home Office side.
            let listed = try await json(run(["pledge", "list", "--format", "json"])).rows
            let pledgedTotal = listed.filter { $0["LA"] as? String == "Total (not withdrawn)" }.reduce(0) { $0 + ($1["places"] as? Int ?? 0) }
            #expect(pledgedTotal > 0)
            #expect(total["pledged cum."] as? Int == pledgedTotal)
            let reconciled = try await json(run(["reconcile", "--to", "2019-03-31", "--format", "json"])).rows
            #expect(total["arrived cum. (HO)"] as? Int == reconciled.reduce(0) { $0 + ($1["Home Office"] as? Int ?? 0) }, "\(region) \(scheme)")
            #expect(progress.notes.contains { $0.contains("SYNTHETIC") })
            if region == "east-midlands" { #expect(progress.notes.contains { $0.contains("Target: 270 people in 2017-18") }) }
        }

        // Reconciliation on the real Res_D01: the Home Office side for the East Midlands sums to its
        // 903 VPRS arrivals (the figure the store tests check against the published file).
        let reconcile = try await cli.smp(["resettlement", "reconcile", "--region", "east-midlands", "--format", "json"] + db)
        #expect(reconcile.status == 0, "\(reconcile.stderr)")
        let lines = try await json(reconcile).rows
        #expect(lines.reduce(0) { $0 + ($1["Home Office"] as! Int) } == 903)
        #expect(lines.contains { $0["status"] as? String == "not in Res_D01" || $0["status"] as? String == "differs" })
    }

    @Test func aReferralFileWithANameIsRefusedAndNothingChanges() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = ["--db", folder.appendingPathComponent("smp.sqlite").path]
        let file = folder.appendingPathComponent("batch.csv")
        try "case_ref,adults,children_under_3,children_3_4,children_5_18,referred_on\nHO-1001,2,0,0,1,2017-05-01\nMariam Saleh,-2,0,0,1,2017-05-01\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let run = try await cli.smp(["resettlement", "referral", "import", "--region", "north-east", "--batch", "B1", file.path] + db)
        #expect(run.status == 1)
        #expect(run.stderr.contains("batch.csv:3: error: row 2, case_ref: looks like a person's name"))
        #expect(run.stderr.contains("batch.csv:3: error: row 2, adults: '-2' is not a whole number"))
        #expect(run.stderr.contains("nothing changed"))
        let list = try await cli.smp(["resettlement", "referral", "list", "--region", "north-east", "--format", "csv"] + db)
        #expect(list.stdout.contains("HO-1001") == false)
    }

    @Test func aBatchIsEmptiedOnlyWithReplaceAndTheCommandSaysWhatItRemoves() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = ["--db", folder.appendingPathComponent("smp.sqlite").path]
        let header = "case_ref,adults,children_under_3,children_3_4,children_5_18,referred_on\n"
        let full = folder.appendingPathComponent("batch.csv"), empty = folder.appendingPathComponent("batch-empty.csv")
        try (header + "HO-1001,2,0,0,1,2017-05-01\nHO-1002,1,0,0,0,2017-05-02\n").write(to: full, atomically: true, encoding: .utf8)
        try header.write(to: empty, atomically: true, encoding: .utf8)
        let scope = ["--region", "north-east"] + db
        #expect(try await cli.smp(["resettlement", "referral", "import", "--batch", "B1", full.path] + scope).status == 0)
        func listed() async throws -> Int {
            try await json(cli.smp(["resettlement", "referral", "list", "--batch", "B1", "--format", "json"] + scope)).rows.count
        }
        let refused = try await cli.smp(["resettlement", "referral", "import", "--batch", "B1", empty.path] + scope)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("batch-empty.csv: the file has a header but no households: nothing imported, nothing changed"))
        #expect(refused.stderr.contains("To empty the batch, removing 2 referral(s) and 0 match(es) in batch B1"), "\(refused.stderr)")
        #expect(refused.stderr.contains("run again with --replace"))
        #expect(try await listed() == 2)
        let emptied = try await cli.smp(["resettlement", "referral", "import", "--batch", "B1", "--replace", empty.path] + scope)
        #expect(emptied.status == 0, "\(emptied.stderr)")
        #expect(emptied.stdout.contains("Emptied batch B1"))
        #expect(emptied.stdout.contains("removed 2 referral(s) and 0 match(es)"))
        #expect(try await listed() == 0)
    }

    @Test func aBatchIdOrFileNameHoldingAPersonsDetailsIsRefused() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = ["--db", folder.appendingPathComponent("smp.sqlite").path]
        let text = "case_ref,adults,children_under_3,children_3_4,children_5_18,referred_on\nHO-1001,2,0,0,1,2017-05-01\n"
        let plain = folder.appendingPathComponent("batch.csv"), named = folder.appendingPathComponent("Ahmed Ali family.csv")
        try text.write(to: plain, atomically: true, encoding: .utf8)
        try text.write(to: named, atomically: true, encoding: .utf8)
        let scope = ["--region", "north-east"] + db
        let badBatch = try await cli.smp(["resettlement", "referral", "import", "--batch", "Ahmed-Ali", plain.path] + scope)
        #expect(badBatch.status != 0)
        #expect(badBatch.stderr.contains("--batch: has two words shaped like a person's name ('Ahmed Ali')"), "\(badBatch.stderr)")
        let badName = try await cli.smp(["resettlement", "referral", "import", "--batch", "B1", named.path] + scope)
        #expect(badName.status == 1)
        #expect(badName.stderr.contains("the file name has two words shaped like a person's name"), "\(badName.stderr)")
        let list = try await cli.smp(["resettlement", "referral", "list", "--format", "csv"] + scope)
        #expect(list.stdout.contains("HO-1001") == false)
    }

    @Test func anUnknownSchemeIsRefusedNamingTheKnownOnes() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await cli.smp([
            "resettlement", "pledge", "list", "--region", "north-east", "--scheme", "vcrz", "--db", folder.appendingPathComponent("s.sqlite").path,
        ])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown resettlement scheme 'vcrz'"))
    }
}
