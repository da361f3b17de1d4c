import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import ProgrammeKit
import RegionModules

/// `smp region new --id ID --name NAME`: scaffold a module from `regions/_template`, then list
/// what the newcomer still has to fill in.
struct RegionNewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create regions/<id>/ from the template and list the blanks to fill in.")

    @Option(name: .long, help: "Region id: lower-case words joined by hyphens.") var id: String
    @Option(name: .long, help: "Full name of the partnership.") var name: String
    @OptionGroup var regions: RegionsOption

    func run() async throws {
        let folder: URL
        do {
            folder = try RegionScaffolder(regionsFolder: regions.folder).scaffold(id: id, name: name)
        } catch {
            throw CommandError("smp region new: \(error)")
        }
        let result = RegionModuleLoader(registry: try Console.registry().platform.programmes).load(
            folder, relativeTo: regions.folder.deletingLastPathComponent())
        Console.out("Created \(folder.path). Fill in these \(result.diagnostics.errors.count) place(s), then run 'smp validate':\n")
        Console.out(result.diagnostics.map { "  \($0)" }.joined(separator: "\n") + "\n")
    }
}
