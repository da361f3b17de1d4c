import ArgumentParser
import PublishedStatistics
import Reporting

/// `smp revisions asylum-support`: what a newer Asy_D11 release changed in the back-series.
struct RevisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revisions", abstract: "Figures a newer release changed.", subcommands: [AsylumSupport.self])

    struct AsylumSupport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "asylum-support", abstract: "Per LA and quarter, the Asy_D11 figures that differ between two vintages (default: the two latest).")
        @Option(name: .long, help: "The older vintage id (see smp db vintages).") var from: Int64?
        @Option(name: .long, help: "The newer vintage id.") var to: Int64?
        @OptionGroup var database: DatabaseOption
        @OptionGroup var output: FormatOption

        func run() throws {
            guard let result = try AsylumSupportRevisions(store: try database.open()).changes(from: from, to: to) else {
                Console.err("there is only one asylum-support vintage (or none): import a newer Asy_D11 release to compare")
                throw ExitCode(1)
            }
            let note = "Home Office Asy_D11: vintage \(result.from.id) (\(result.from.release), \(result.from.sourceFile)) against vintage \(result.to.id) (\(result.to.release), \(result.to.sourceFile)); quarters both cover; \(result.changes.count) figures changed."
            func text(_ value: Int?) -> String { value.map(String.init) ?? "–" }
            let table = Table(
                columns: [.init("quarter end"), .init("LA code"), .init("support"), .init("accommodation"), .init("before", .right), .init("after", .right), .init("change", .right)],
                rows: result.changes.map { change in
                    [change.snapshot.description, change.laCode.rawValue, change.supportType.rawValue, change.accommodationType,
                     text(change.before), text(change.after), String(format: "%+d", (change.after ?? 0) - (change.before ?? 0))]
                },
                notes: [note])
            Console.out(TableRenderer.render(table, as: output.format))
        }
    }
}
