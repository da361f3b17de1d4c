import ArgumentParser
import CommandLineKit

/// `smp region show|new`.
struct RegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region", abstract: "Show one region, or scaffold a new region module.",
        subcommands: [RegionShowCommand.self, RegionNewCommand.self])
}
