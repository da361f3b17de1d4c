import Foundation
import PackagePlugin

/// `swift package validate-regions`: runs `smp validate` over the package's `regions/` folder.
/// Thin on purpose: the validation is the tested `RegionModules` target.
@main
struct ValidateRegions: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let smp = try context.tool(named: "smp").url
        let regions = context.package.directoryURL.appendingPathComponent("regions").path
        let process = Process()
        process.executableURL = smp
        process.arguments = ["validate", regions] + arguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("region validation failed (see the list above)")
            throw PluginFailure(status: process.terminationStatus)
        }
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "smp exited with status \(status)" }
}
