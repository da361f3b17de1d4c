import Foundation
import TestSupport
import Testing

/// The import commands end to end, on a fresh SQLite file.
@Suite(.serialized) struct ImportCLITests {
    let cli = CLITests()

    @Test func importsEachTableAndReimportIsANoOp() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("smp.sqlite").path
        let data = RepositoryPaths.publishedData.path
        let first = try await cli.smp(["import", "resettlement", "\(data)/ho-local_authority_resettlement.csv", "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2790 rows") && first.stdout.contains("0 England and Wales rows unmatched"))
        let again = try await cli.smp(["import", "resettlement", "\(data)/ho-local_authority_resettlement.csv", "--db", db])
        #expect(again.status == 0 && again.stdout.hasPrefix("Already imported"))
        let nrm = try await cli.smp([
            "import", "nrm", "\(data)/ho-nrm_reasonable_grounds.csv", "\(data)/ho-nrm_referrals_longitudinal.csv", "--db", db,
        ])
        #expect(nrm.status == 0, "\(nrm.stderr)")
        #expect(nrm.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("Imported") }.count == 2)
        let population = try await cli.smp(["import", "population", "\(data)/ons-mye2019-persons-single-year-of-age-utla19.csv", "--db", db])
        #expect(population.status == 0 && population.stdout.contains("population-utla"), "\(population.stderr)")
        let vintages = try await cli.smp(["db", "vintages", "--db", db, "--format", "csv"])
        #expect(vintages.stdout.contains("resettlement") && vintages.stdout.contains("nrm-referrals"))
    }

    @Test func aBadFileListsEveryProblemAndExitsOne() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("nts.csv")
        try """
        Date,Year,Quarter,Region,Local Authority or HSCT (NI),Able to participate in the NTS?,Transfers out of Local Authority,Transfers into Local Authority,Transfers into LA from port/intake unit
        2020-03-31,2020,1,South East,Kent,Yes,five,0,0
        2020-02-31,2020,1,South East,Kent,Yes,1,0,0
        """.write(to: bad, atomically: true, encoding: .utf8)
        let run = try await cli.smp(["import", "nts", bad.path, "--db", folder.appendingPathComponent("smp.sqlite").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nts.csv:2: error: row 1, Transfers out of Local Authority: 'five'"))
        #expect(run.stderr.contains("nts.csv:3: error: row 2, Date: '2020-02-31'"))
        #expect(run.stderr.contains("2 problem(s)"))
        // A rejected file does not even create the database it was aimed at.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("smp.sqlite").path))
        let notNRM = try await cli.smp(["import", "nrm", bad.path, "--db", folder.appendingPathComponent("smp.sqlite").path])
        #expect(notNRM.status == 1 && notNRM.stderr.contains("not an NRM table this version knows"))
        // Nor does a file whose header is no table of the dataset (the store opens while the file is read), or no file.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("smp.sqlite").path))
        let missing = try await cli.smp([
            "import", "nts", folder.appendingPathComponent("missing.csv").path, "--db", folder.appendingPathComponent("smp.sqlite").path,
        ])
        #expect(missing.status == 1 && missing.stderr.contains("no such file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["nts.csv"])
    }
}
