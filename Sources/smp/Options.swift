import ArgumentParser
import Foundation
import Reporting

/// Where the region modules are: `--regions DIR`, else `SMP_REGIONS`, else `./regions`.
struct RegionsOption: ParsableArguments {
    @Option(name: .long, help: "Folder of region modules (default: $SMP_REGIONS or ./regions).")
    var regions: String?

    var folder: URL {
        let path = regions ?? ProcessInfo.processInfo.environment["SMP_REGIONS"] ?? "regions"
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// `--format table|markdown|csv|json` for every listing.
struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: table, markdown, csv or json.")
    var format: OutputFormat = .table
}
