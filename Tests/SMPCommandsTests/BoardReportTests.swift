import Foundation
import TestSupport
import Testing

/// The reports a partnership sends its board and the Home Office, rendered from the seed
/// documents' plans and finances as the modules transcribe them.
@Suite(.serialized) struct BoardReportTests {
    static let folder = try! RepositoryPaths.temporaryFolder()

    static func rows(_ run: InProcessCLI.Run) async throws -> [[String: Any]] {
        let json = try await run.json()
        if let rows = json["rows"] as? [[String: Any]] { return rows }
        let sections = try #require(json["sections"] as? [[String: Any]])
        return try #require(sections.first?["rows"] as? [[String: Any]])
    }

    @Test(arguments: [("east-midlands", "2018-19", 13, 102), ("east-midlands", "2008-09", 8, 32), ("south-east", "2016-17", 4, 14)])
    func everyPlanInTheSeedsIsTrackedInFull(region: String, year: String, objectives: Int, actions: Int) async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", Self.folder.appendingPathComponent("plans.sqlite").path]
        let run = await smp(["report", "plan", "--region", region, "--year", year, "--format", "json"] + common)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try await Self.rows(run)
        #expect(rows.count == actions)
        #expect(Set(rows.compactMap { ($0["no."] as? String)?.split(separator: ".").first }).count == objectives)
        #expect(rows.allSatisfy { ["R", "A", "G", "-"].contains($0["RAG"] as? String ?? "") && !($0["action"] as? String ?? "").isEmpty })
    }

    @Test(arguments: StoreEngine.available)
    func anUpdateIsAuditedAndChangesTheRAG(engine: StoreEngine) async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", engine.databaseArgument(in: Self.folder)]
        let plan = ["report", "plan", "--region", "east-midlands", "--year", "2018-19", "--as-of", "2018-07-15", "--format", "json"] + common
        func action(_ id: String) async throws -> [String: Any] {
            try #require(try await Self.rows(await smp(plan)).first { $0["no."] as? String == id })
        }
        #expect(try await action("1.2.1")["RAG"] as? String == "R", "due by the end of Q1, nothing recorded")
        let update = await smp(
            [
                "plan", "update", "--region", "east-midlands", "--year", "2018-19", "--action", "1.2.1", "--status", "complete", "--note", "Sent",
                "--by", "Lead Officer", "--on", "2018-06-28",
            ] + common)
        #expect(update.status == 0, "\(update.stderr)")
        let after = try await action("1.2.1")
        #expect(after["RAG"] as? String == "G" && (after["status"] as? String)?.hasPrefix("complete (2018-06-28, Lead Officer: Sent)") == true)
        let audit = await smp(["audit", "--region", "east-midlands"] + common.suffix(2))
        #expect(audit.stdout.contains("plan 2018-19 action 1.2.1"))
        let wrong = await smp(
            [
                "plan", "update", "--region", "east-midlands", "--year", "2018-19", "--action", "14.1.1", "--status", "complete", "--note", "x",
                "--by", "y",
            ] + common)
        #expect(wrong.status == 1 && wrong.stderr.contains("has no action 14.1.1 (it has 13 objectives"))

        let due = ["report", "due", "--region", "east-midlands", "--as-of", "2018-07-15", "--format", "json"] + common
        let annual = { (rows: [[String: Any]]) in rows.first { $0["return"] as? String == "Annual report to the Home Office" }?["state"] as? String }
        #expect(annual(try await Self.rows(await smp(due)))?.hasPrefix("OVERDUE: due 2018-06-30") == true)
        let submit = await smp(
            [
                "report", "submit", "--region", "east-midlands", "--report", "Annual report to the Home Office", "--on", "2018-06-29", "--by",
                "Lead Officer",
            ]
                + common)
        #expect(submit.status == 0, "\(submit.stderr)")
        #expect(annual(try await Self.rows(await smp(due))) == "submitted for the 2018-06-30 deadline")
    }

    @Test func financeAndGrantReportsRenderFromTheSeedsWithTheirDiscrepancyFlagged() async throws {
        let smp = try InProcessCLI()
        let common = ["--regions", RepositoryPaths.regions.path, "--db", Self.folder.appendingPathComponent("grant.sqlite").path]
        let finance = await smp(["report", "finance", "--region", "east-midlands", "--year", "2018-19"] + common.prefix(2))
        #expect(finance.status == 0, "\(finance.stderr)")
        #expect(
            finance.stdout.contains(
                "CHECK: expenditure lines sum to £235,550.00; the stated total is £227,150.00: a difference of £8,400.00 (seed-004)"))
        let grant = await smp(["report", "grant", "--region", "east-midlands", "--year", "2018-19", "--format", "json"] + common)
        #expect(grant.status == 0, "\(grant.stderr)")
        let sections = try #require(try await grant.json()["sections"] as? [[String: Any]])
        #expect((sections[0]["rows"] as? [[String: Any]])?.count == 13)
        #expect(
            sections.map { $0["title"] as? String } == [
                "Activity against objectives at 2019-03-31", "Size of business at 2019-03-31",
                "East Midlands Strategic Migration Partnership: income and expenditure 2018-19",
            ])
        let html = await smp(["report", "plan", "--region", "east-midlands", "--year", "2018-19", "--format", "html"] + common)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("<th scope=\"col\"") && !html.stdout.contains("src=\"http"))
    }
}
