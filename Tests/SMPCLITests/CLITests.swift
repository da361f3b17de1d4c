import Foundation
import TestSupport
import Testing

/// End-to-end: run the built `smp` binary and check exit codes, stdout/stderr and JSON.
struct CLITests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    func smp(_ arguments: [String], environment: [String: String] = [:]) async throws -> Run {
        let process = Process()
        process.executableURL = RepositoryPaths.smpExecutable
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryPaths.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func regionsJSONListsTheFourRegions() async throws {
        let run = try await smp(["regions", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let regions = json["regions"] as! [[String: Any]]
        let byID = Dictionary(uniqueKeysWithValues: regions.map { ($0["id"] as! String, $0) })
        #expect(byID.keys.sorted() == RepositoryPaths.regionModuleIDs)
        #expect(Set(["east-midlands", "north-east", "south-east", "south-west"]).isSubset(of: byID.keys))
        #expect(byID["north-east"]?["localAuthorities"] as? Int == 12)
        #expect(byID["north-east"]?["population"] as? Int == 2_669_941)
        #expect(byID["east-midlands"]?["population"] as? Int == 4_835_928)
        #expect((json["populationSource"] as? String)?.contains("ONS") == true)
    }

    @Test func validatePassesWithASummaryLine() async throws {
        let run = try await smp(["validate"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("OK: \(RepositoryPaths.regionModuleIDs.count) region module(s) valid, 2 warning(s)"))
    }

    @Test func validateOfABrokenModuleExits1WithEveryErrorOnStderr() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let module = folder.appendingPathComponent("regions/north-east")
        try FileManager.default.createDirectory(at: module.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.regions.appendingPathComponent("north-east"), to: module)
        let yaml = module.appendingPathComponent("region.yaml")
        var text = try String(contentsOf: yaml, encoding: .utf8)
        text = text.replacingOccurrences(of: "  nrpf:\n    enabled: false", with: "  nrfp:\n    enabled: false")
        text = text.replacingOccurrences(of: "short-name: NEMP\n", with: "")
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        let run = try await smp(["validate", folder.appendingPathComponent("regions").path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("region.yaml:2: error: short-name: required field is missing"))
        #expect(run.stderr.contains("programmes.nrfp: unknown programme id 'nrfp' (did you mean 'nrpf'?)"))
        #expect(run.stderr.contains("2 error(s)"))

        let json = try await smp(["validate", folder.appendingPathComponent("regions").path, "--format", "json"])
        #expect(json.status == 1)
        let payload = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(payload["valid"] as? Bool == false)
        #expect(payload["errors"] as? Int == 2)
    }

    @Test func regionShowGivesIdentitySettingsAndBaseline() async throws {
        let run = try await smp(["region", "show", "east-midlands", "--as-of", "2018-04-30", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let region = json["region"] as! [String: Any]
        #expect(region["shortName"] as? String == "EMSMP")
        let programmes = json["programmes"] as! [[String: Any]]
        let dispersal = programmes.first { $0["id"] as? String == "dispersal" }!
        let ratio = (dispersal["settings"] as! [[String: Any]]).first { $0["key"] as? String == "cluster-ratio" }!
        #expect(ratio["value"] as? Int == 200)
        #expect(ratio["origin"] as? String == "national")
        let table = try await smp(["region", "show", "east-midlands"])
        #expect(table.stdout.contains("Baseline figures"))
        #expect(table.stdout.contains("2018-03-31"))
    }

    @Test func unknownRegionIsAClearErrorWithASuggestion() async throws {
        let run = try await smp(["region", "show", "east-midland"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown region 'east-midland'"))
        #expect(run.stderr.contains("Did you mean 'east-midlands'?"))
    }

    @Test func regionsFolderComesFromTheEnvironment() async throws {
        let run = try await smp(["regions"], environment: ["SMP_REGIONS": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no regions folder"))
    }

    @Test func programmesListsEveryProgrammeWithSourcedNationalRules() async throws {
        let run = try await smp(["programmes", "--format", "json"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let programmes = json["programmes"] as! [[String: Any]]
        let ids = programmes.map { $0["id"] as! String }
        #expect(Set(ids).isSuperset(of: ["dispersal", "vprs", "vcrs", "uasc-nts", "modern-slavery", "nrpf"]))
        #expect(Set(ids).count == ids.count)
        let uasc = programmes.first { $0["id"] as? String == "uasc-nts" }!
        let threshold = (uasc["settings"] as! [[String: Any]]).first { $0["key"] as? String == "threshold-rate" }!
        let national = threshold["national"] as! [[String: Any]]
        #expect(national.map { $0["validFrom"] as! String } == ["2016-07-01", "2022-08-24"])
        #expect(national.allSatisfy { !($0["source"] as! String).isEmpty })
    }
}
