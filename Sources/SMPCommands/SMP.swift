import ArgumentParser
import CommandLineKit

/// `smp`: the SMP Platform command-line tool. Its built-in commands are the platform's own; every
/// programme's commands come from the registry the composition root built.
public struct SMP: ParsableCommand {
    public static var configuration: CommandConfiguration {
        let programmeCommands = CommandContext.current?.registry.commands ?? []
        return CommandConfiguration(
            commandName: "smp",
            abstract: "SMP Platform: regions, programmes and reports for Strategic Migration Partnerships.",
            subcommands: [
                RegionsCommand.self, RegionCommand.self, ValidateCommand.self, ProgrammesCommand.self, ImportCommand.self, RevisionsCommand.self,
                DatabaseCommand.self, ProgrammeCommand.self, AuditCommand.self, PlanCommand.self,
            ] + programmeCommands + [
                CompareCommand.self, WhatIfCommand.self, ReportCommand.self, ServeCommand.self, UserCommand.self, BenchCommand.self,
            ])
    }

    public init() {}
}
