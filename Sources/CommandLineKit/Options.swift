import ArgumentParser
import Foundation
import Reporting

/// Where the region modules are: `--regions DIR`, else `SMP_REGIONS`, else `./regions`.
public struct RegionsOption: ParsableArguments {
    @Option(name: .long, help: "Folder of region modules (default: $SMP_REGIONS or ./regions).")
    public var regions: String?

    public init() {}

    public var folder: URL {
        let path = regions ?? ProcessInfo.processInfo.environment["SMP_REGIONS"] ?? "regions"
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// `--format table|markdown|csv|json` for every listing, and `--notes FILE` for the notes that a
/// CSV file does not carry.
public struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: table, markdown, csv, json or html (a self-contained page).")
    public var format: OutputFormat = .table

    @Option(name: .long, help: "With --format csv: write the notes (sources, as-of dates, labels) to this file.")
    public var notes: String?

    public init() {}

    /// Renders the report in the chosen format to standard output (and its notes beside a CSV).
    public func emit(_ report: Report) throws {
        Console.out(ReportRenderer.render(report, as: format))
        if format == .csv, let notes {
            do { try ReportRenderer.notes(report).write(toFile: notes, atomically: true, encoding: .utf8) } catch {
                throw CommandError("\(notes): cannot write the notes file: \(error.localizedDescription)")
            }
        }
    }

    public func emit(_ section: ReportSection) throws { try emit(Report(section)) }
}
