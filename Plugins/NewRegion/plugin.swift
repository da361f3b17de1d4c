import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-region --id ID --name "NAME" [--ons-region CODE]`:
/// scaffolds a draft `regions/<id>/` with `smp region new`, its LAs filled in from ONS.
@main
struct NewRegion: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        guard let id = extractor.extractOption(named: "id").first, let name = extractor.extractOption(named: "name").first else {
            Diagnostics.error(
                "usage: swift package --allow-writing-to-package-directory new-region --id yorkshire-and-humber --name \"Full partnership name\" --ons-region E12000003"
            )
            throw PluginFailure(status: 64)
        }
        let smp = try context.tool(named: "smp").url
        let process = Process()
        process.executableURL = smp
        process.arguments =
            [
                "region", "new", "--regions", context.package.directoryURL.appendingPathComponent("regions").path, "--id", id, "--name", name,
            ] + extractor.extractOption(named: "ons-region").flatMap { ["--ons-region", $0] }
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw PluginFailure(status: process.terminationStatus) }
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "smp exited with status \(status)" }
}
