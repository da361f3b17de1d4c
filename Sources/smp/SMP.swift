import Composition
import ArgumentParser

/// `smp`: the SMP Platform command-line tool. The composition root: the only place (with the
/// server) that names every programme, in `ProgrammeCatalog.registry`.
@main
struct SMP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smp",
        abstract: "SMP Platform: regions, programmes and reports for Strategic Migration Partnerships.",
        subcommands: [RegionsCommand.self, RegionCommand.self, ValidateCommand.self, ProgrammesCommand.self, ImportCommand.self, RevisionsCommand.self, DatabaseCommand.self, DispersalCommand.self, ResettlementCommand.self, CompareCommand.self, BenchCommand.self])
}
