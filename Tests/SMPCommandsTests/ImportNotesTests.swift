import Foundation
import TestSupport
import Testing

/// An import's notes about its file are one summary line on screen and kept, in full, with the
/// vintage (`smp db vintages --detail`).
@Suite struct ImportNotesTests {
    @Test func notesAreSummarisedAndKeptWithTheVintage() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("smp.sqlite").path
        let smp = try InProcessCLI()
        let run = await smp(["import", "asylum-support", RepositoryPaths.dataFile("ho-local_authority_support.csv").path, "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 2)
        // Two notes on rows that repeat a key with another value (kept and added, as published), then the 21 code moves.
        #expect(run.stdout.contains("  23 notes on this file (line 14813 repeats the key of line 14812 with another value"))
        let detail = try await smp(["db", "vintages", "--detail", "--format", "json", "--db", db]).json()
        let notes = try #require(detail["rows"] as? [[String: Any]])
        #expect(notes.count == 23)
        #expect(notes.allSatisfy { $0["vintage"] as? Int == 1 })
        #expect(
            notes.contains {
                ($0["note"] as? String)?.hasPrefix("E06000010 published beside the name Barnsley: stored under Barnsley's code E08000016") == true
            })
    }
}
