import Foundation
import TestSupport
import Testing

/// `smp modern-slavery` and `smp nrpf` from the command line: the UK tables, and synthetic local
/// records for every region where each programme is on; refused where it is off.
@Suite(.serialized) struct ModernSlaveryAndNRPFCommandTests {
    static let folder = try! RepositoryPaths.temporaryFolder()

    @Test(arguments: StoreEngine.available)
    func bothProgrammesWorkWhereTheyAreOnAndRefuseWhereTheyAreOff(engine: StoreEngine) async throws {
        let smp = try InProcessCLI()
        let database = engine.databaseArgument(in: Self.folder)
        let common = ["--regions", RepositoryPaths.regions.path, "--db", database]
        let national = await smp(["modern-slavery", "national", "--year", "2023", "--db", database])
        #expect(national.status == 0, "\(national.stderr)")
        #expect(national.stdout.contains("2023     8,622  7,432            950  8,377     6,163            2,464                   0  17,004"))
        #expect(national.stdout.contains("no breakdown by region"))

        for id in ["east-midlands", "south-east"] {
            let ms = Self.folder.appendingPathComponent("\(id)-ms.csv").path, nrpf = Self.folder.appendingPathComponent("\(id)-nrpf.csv").path
            #expect(
                await smp(["modern-slavery", "synthetic", "--region", id, "--out", ms, "--seed", "5", "--regions", RepositoryPaths.regions.path])
                    .status == 0)
            let imported = await smp(["modern-slavery", "referral", "import", "--region", id, ms] + common)
            #expect(imported.status == 0, "\(imported.stderr)")
            let region = await smp(["modern-slavery", "region", "--region", id, "--format", "json"] + common)
            #expect(region.status == 0, "\(region.stderr)")
            #expect(region.stdout.contains("SYNTHETIC"))

            #expect(
                await smp(["nrpf", "synthetic", "--region", id, "--out", nrpf, "--seed", "5", "--regions", RepositoryPaths.regions.path]).status == 0)
            let cases = await smp(["nrpf", "case", "import", "--region", id, nrpf] + common)
            #expect(cases.status == 0, "\(cases.stderr)")
            for command in [
                ["region", "--as-of", "2025-09-30"], ["costs", "--as-of", "2025-09-30"], ["alerts", "--as-of", "2025-09-30"], ["case", "list"],
            ] {
                let run = await smp(["nrpf"] + command + ["--region", id] + common)
                #expect(run.status == 0, "\(command) \(id): \(run.stderr)")
            }
        }

        // The comparison: UK figures as national context in every region where the programme is on, the region's own beside them.
        let compare = await smp(["compare", "--programme", "modern-slavery", "--as-of", "2025-09-30", "--format", "json"] + common)
        let rows = try #require(try await compare.json()["rows"] as? [[String: Any]])
        func row(_ id: String) -> [String: Any] { rows.first { $0["indicator"] as? String == id } ?? [:] }
        #expect(row("modern-slavery.uk-referrals")["east-midlands"] as? Int == 4_142)  // 2023 Q4, the latest quarter published
        #expect(row("modern-slavery.uk-referrals")["south-east"] as? Int == 4_142)
        #expect(row("modern-slavery.referrals")["east-midlands"] is Int)
        #expect(row("modern-slavery.referrals")["north-east"] is NSNull)  // off there

        // Recorded from the command line: a decision in order, and the closure alert's life.
        let list = await smp(["modern-slavery", "referral", "list", "--region", "east-midlands", "--format", "json"] + common)
        let referrals = try #require(try await list.json()["rows"] as? [[String: Any]])
        let undecided = try #require(referrals.first { $0["RG"] as? String == "-" && ($0["consent"] as? String) == "given" }?["ref"] as? String)
        let early = await smp(
            [
                "modern-slavery", "referral", "decide", "--region", "east-midlands", "--ref", undecided, "--stage", "cg", "--outcome", "positive",
                "--on", "2025-10-01",
            ]
                + common)
        #expect(early.status != 0 && early.stderr.contains("follows a positive reasonable-grounds decision; nothing was changed"))
        let rg = await smp(
            [
                "modern-slavery", "referral", "decide", "--region", "east-midlands", "--ref", undecided, "--stage", "rg", "--outcome", "positive",
                "--on", "2025-10-01",
            ]
                + common)
        #expect(rg.status == 0, "\(rg.stderr)")

        let cases = await smp(["nrpf", "case", "list", "--region", "east-midlands", "--format", "json"] + common)
        let open =
            try #require(
                try await cases.json()["rows"] as? [[String: Any]]
            ).first { $0["ended"] as? String == "open" && ($0["alert"] as? String ?? "").isEmpty }?["ref"] as? String
        let ref = try #require(open)
        let change = await smp(
            ["nrpf", "status-change", "--region", "east-midlands", "--case", ref, "--status", "leave-with-recourse", "--on", "2025-10-01"]
                + common)
        #expect(change.stdout.contains("CLOSURE REQUIRED"))
        #expect(await smp(["nrpf", "alerts", "--region", "east-midlands", "--as-of", "2025-10-02"] + common).stdout.contains(ref))
        let closed = await smp(
            ["nrpf", "close", "--region", "east-midlands", "--case", ref, "--on", "2025-10-20", "--reason", "recourse-granted"] + common)
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(!(await smp(["nrpf", "alerts", "--region", "east-midlands", "--as-of", "2025-10-21"] + common).stdout.contains(ref)))

        // Off for the North East: nothing is taken, and the refusal says why.
        let file = Self.folder.appendingPathComponent("east-midlands-nrpf.csv").path
        let refused = await smp(["nrpf", "case", "import", "--region", "north-east", file] + common)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("nothing was changed"))
    }
}
