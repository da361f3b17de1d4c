import Foundation

/// Paths tests need: the repository root, its `regions/` folder, the bundled public data, and
/// the built `smp` executable.
public enum RepositoryPaths {
    /// The package root, found from this file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var regions: URL { root.appendingPathComponent("regions") }

    /// The ids of the region modules under `regions/` (folders with a region.yaml, not `_template`),
    /// so no test assumes how many partnerships there are.
    public static var regionModuleIDs: [String] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: regions.path)) ?? []
        return folders.filter {
            !$0.hasPrefix("_") && FileManager.default.fileExists(atPath: regions.appendingPathComponent("\($0)/region.yaml").path)
        }.sorted()
    }

    /// The Home Office and ONS files shipped with the project (OGL v3.0; see PROVENANCE.md there).
    public static var publishedData: URL { root.appendingPathComponent("Sources/PublishedStatistics/Resources/data") }

    public static func dataFile(_ name: String) -> URL { publishedData.appendingPathComponent(name) }

    /// The `smp` binary built next to the test bundle.
    public static var smpExecutable: URL {
        let candidates = [
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("smp")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/smp")
    }

    /// A fresh temporary folder, removed by the caller when done.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smp-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
