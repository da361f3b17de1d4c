import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import Reporting

/// `smp validate [DIR]`: every problem in every module at once; exit 1 if any is an error.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Validate region modules: all problems at once, with file, line or row, and field.")

    @Argument(help: "A regions folder or one module folder (default: --regions).") var directory: String?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var output: FormatOption

    struct Payload: Encodable {
        let valid: Bool
        let modules: Int
        let errors: Int
        let warnings: Int
        let diagnostics: [Diagnostic]
    }

    func run() async throws {
        let folder = directory.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? regions.folder
        let registry = try Console.registry().platform.programmes
        let geography = ModuleGeographyCheck()
        func onsProblems(_ result: RegionModuleLoader.Result, prefix: String) -> [Diagnostic] {
            geography.check(
                file: prefix + "local-authorities.csv", region: result.declaredRegionCode,
                listed: result.listed.map {
                    ModuleGeographyCheck.Listed(code: $0.code, name: $0.name, line: $0.line, row: $0.row, authority: $0.authority)
                }, excluded: result.excluded, regionFile: prefix + "region.yaml")
        }
        let diagnostics: [Diagnostic]
        let modules: Int
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("region.yaml").path) {
            let result = RegionModuleLoader(registry: registry).load(folder, relativeTo: folder.deletingLastPathComponent())
            diagnostics = result.diagnostics + onsProblems(result, prefix: "\(folder.lastPathComponent)/")
            modules = 1
        } else {
            let catalog = RegionCatalog(folder: folder, registry: registry)
            diagnostics =
                catalog.diagnostics
                + catalog.results.flatMap { onsProblems($0, prefix: "\(folder.lastPathComponent)/\($0.folder.lastPathComponent)/") }
            modules = catalog.results.count
        }
        let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
        if output.format == .json {
            Console.out(
                try JSONOutput.encode(Payload(valid: errors == 0, modules: modules, errors: errors, warnings: warnings, diagnostics: diagnostics)))
            if errors > 0 { throw ExitCode(1) }  // the payload says why
        } else if errors > 0 {
            throw CommandError(
                diagnostics.map(\.description).joined(separator: "\n")
                    + "\n\(errors) error(s), \(warnings) warning(s) in \(modules) module(s) under \(folder.path)")
        } else {
            if warnings > 0 { Console.out(diagnostics.map(\.description).joined(separator: "\n") + "\n") }
            Console.out("OK: \(modules) region module(s) valid, \(warnings) warning(s)\n")
        }
    }
}
