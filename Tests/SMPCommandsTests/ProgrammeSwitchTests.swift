import Foundation
import TestSupport
import Testing

/// A programme lead switches a scheme off for one region from a date: the switch is recorded with
/// who and why, honoured by every command from that date, and touches nothing else.
@Suite(.serialized) struct ProgrammeSwitchTests {
    static let folder = try! RepositoryPaths.temporaryFolder()
    let smp = try! InProcessCLI()
    var db: String { Self.folder.appendingPathComponent("smp.sqlite").path }
    var common: [String] { ["--regions", RepositoryPaths.regions.path, "--db", db] }

    func vprsArrived(asOf day: String) async throws -> [String: Any] {
        let run = await smp(["compare", "--programme", "vprs", "--as-of", day, "--format", "json"] + common)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require((try await run.json()["rows"] as? [[String: Any]])?.first { $0["indicator"] as? String == "vprs.arrived" })
    }

    @Test func aSwitchIsDatedAuditedHonouredAndLocal() async throws {
        #expect(await smp(["import", "--bundled", "--db", db]).status == 0)
        let before2018 = try await vprsArrived(asOf: "2018-03-31")
        let before2019 = try await vprsArrived(asOf: "2019-06-30")
        #expect(before2018["north-east"] as? Int == 907)

        let off = await smp(
            [
                "programme", "disable", "vprs", "--region", "north-east", "--from", "2019-01-01", "--by", "A. Lead (test)", "--reason",
                "scheme closed (test)",
            ]
                + common)
        #expect(off.status == 0, "\(off.stderr)")
        #expect(off.stdout.contains("vprs switched off for north-east from 2019-01-01 by A. Lead (test): scheme closed (test) (audit entry 1)"))

        // History before the switch is unchanged; after it the region shows off, never 0 or blank.
        let after2018 = try await vprsArrived(asOf: "2018-03-31")
        #expect(after2018["north-east"] as? Int == 907)
        let after2019 = try await vprsArrived(asOf: "2019-06-30")
        #expect(after2019["north-east"] is NSNull)
        #expect((after2019["details"] as? [String: [String: String]])?["north-east"]?["state"] == "off")
        // Every other region is untouched.
        for region in RepositoryPaths.regionModuleIDs where region != "north-east" {
            #expect(after2019[region] as? Int == before2019[region] as? Int, "\(region)")
            #expect(after2018[region] as? Int == before2018[region] as? Int, "\(region)")
        }

        // No new records for the switched-off scheme, and the refusal says who, when and why.
        let file = Self.folder.appendingPathComponent("batch.csv")
        try "case_ref,adults,children_under_3,children_3_4,children_5_18,referred_on,source\nSYN-T-001,2,0,0,1,2019-05-01,synthetic (test)\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let refused = await smp(
            ["resettlement", "referral", "import", "--region", "north-east", "--scheme", "vprs", "--batch", "T", file.path] + common)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("vprs is switched off for north-east off from 2019-01-01 (switched by A. Lead (test) on"))
        #expect(refused.stderr.contains("scheme closed (test)); no new vprs records are taken for it; nothing was changed"))
        let elsewhere = await smp(
            ["resettlement", "referral", "import", "--region", "south-west", "--scheme", "vprs", "--batch", "T", file.path] + common)
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")

        // The same switch twice is refused; a switch needs a name and a reason.
        let again = await smp(
            ["programme", "disable", "vprs", "--region", "north-east", "--from", "2019-06-01", "--by", "B", "--reason", "r"] + common)
        #expect(again.status == 1 && again.stderr.contains("vprs is already off for north-east on 2019-06-01"))
        let anonymous = await smp(["programme", "enable", "vprs", "--region", "north-east", "--by", " ", "--reason", "r"] + common)
        #expect(anonymous.status == 1 && anonymous.stderr.contains("--by: say who is making the switch"))

        // Dispersal honours its switch too: figures before the date, a named refusal after it.
        #expect(
            await smp(
                [
                    "programme", "disable", "dispersal", "--region", "north-east", "--from", "2020-01-01", "--by", "C. Lead (test)", "--reason",
                    "paused (test)",
                ]
                    + common
            ).status == 0)
        #expect(await smp(["dispersal", "status", "--region", "north-east", "--as-of", "2019-06-30"] + common).status == 0)
        let later = await smp(["dispersal", "status", "--region", "north-east", "--as-of", "2021-06-30"] + common)
        #expect(
            later.status == 1 && later.stderr.contains("dispersal is switched off for north-east off from 2020-01-01 (switched by C. Lead (test)"))
        #expect(await smp(["dispersal", "status", "--region", "south-west", "--as-of", "2021-06-30"] + common).status == 0)
        let trend = await smp(["dispersal", "trend", "--region", "north-east", "--la", "Middlesbrough"] + common)
        #expect(trend.status == 0, "history stays readable: \(trend.stderr)")

        // The history and the audit log name every switch; other regions have none.
        let history = await smp(["programme", "history", "--region", "north-east", "--format", "json"] + common)
        let switches = try #require(try await history.json()["rows"] as? [[String: Any]])
        #expect(switches.map { $0["programme"] as? String } == ["vprs", "dispersal"])
        #expect(switches.first?["by"] as? String == "A. Lead (test)")
        let quiet = try await smp(["programme", "history", "--region", "south-west", "--format", "json"] + common).json()
        #expect((quiet["rows"] as? [Any])?.isEmpty == true)
        let audit = try #require(try await smp(["audit", "--format", "json", "--db", db]).json()["rows"] as? [[String: Any]])
        #expect(audit.map { $0["entry"] as? Int } == [1, 2])
        #expect(audit.map { $0["change"] as? String } == ["on → off", "on → off"])
        #expect(audit.allSatisfy { $0["region"] as? String == "north-east" })
        let verified = await smp(["audit", "verify", "--db", db])
        #expect(verified.status == 0 && verified.stdout.contains("audit log intact: 2 entries"))

        // Switching back on from a date opens it again from then.
        #expect(
            await smp(
                ["programme", "enable", "vprs", "--region", "north-east", "--from", "2020-04-01", "--by", "A. Lead (test)", "--reason", "reopened"]
                    + common
            )
            .status == 0)
        #expect(try await vprsArrived(asOf: "2019-06-30")["north-east"] is NSNull)
        #expect(try await vprsArrived(asOf: "2020-06-30")["north-east"] is Int)
    }
}
