import Foundation
import TestSupport
import Testing

/// Region modules are read within limits: a file full of YAML aliases and a module folder that is
/// a symbolic link out of `regions/` are refused with a clear message, and the others still load.
struct RegionFileLimitsTests {
    @Test func aliasBombsAndSymlinksOutOfTheFolderAreRefused() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let regions = folder.appendingPathComponent("regions"), elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.copyItem(at: RepositoryPaths.regions, to: regions)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: regions.appendingPathComponent("south-west"), to: elsewhere.appendingPathComponent("south-west"))
        try FileManager.default.createSymbolicLink(
            at: regions.appendingPathComponent("south-west"), withDestinationURL: elsewhere.appendingPathComponent("south-west"))
        let yaml = regions.appendingPathComponent("north-east/region.yaml")
        let bomb = "x-anchor: &a [1, 2, 3]\nx-list: [" + Array(repeating: "*a", count: 30).joined(separator: ", ") + "]\n"
        try (try String(contentsOf: yaml, encoding: .utf8) + bomb).write(to: yaml, atomically: true, encoding: .utf8)

        let run = await (try InProcessCLI())(["validate", regions.path])
        #expect(run.status == 1)
        let all = run.stdout + run.stderr
        #expect(all.contains("south-west/: error: is a symbolic link out of the regions folder"))
        #expect(all.contains("uses 30 YAML aliases (*name), more than the 20 a region file may"))
    }
}
