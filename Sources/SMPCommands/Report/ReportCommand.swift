import ArgumentParser

/// `smp report …`: what a partnership sends its board and the Home Office, in every format
/// (`--format table|markdown|csv|json|html`). `smp report --region ID` is the programme report.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for a partnership's board and the Home Office.",
        subcommands: [
            ReportProgrammeCommand.self, ReportDashboardCommand.self, ReportPlanCommand.self, ReportGrantCommand.self, ReportFinanceCommand.self,
            ReportDueCommand.self, ReportSubmitCommand.self,
        ],
        defaultSubcommand: ReportProgrammeCommand.self)
}
