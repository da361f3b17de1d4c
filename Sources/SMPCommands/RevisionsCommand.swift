import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import Reporting

/// `smp revisions asylum-support`: what a newer Asy_D11 release changed in the back-series.
struct RevisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revisions", abstract: "Figures a newer release changed.", subcommands: [AsylumSupport.self])

    struct AsylumSupport: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "asylum-support",
            abstract: "Per LA and quarter, the Asy_D11 figures that differ between two vintages (default: the two latest).")
        @Option(name: .long, help: "The older vintage id (see smp db vintages).") var from: Int64?
        @Option(name: .long, help: "The newer vintage id.") var to: Int64?
        @OptionGroup var database: DatabaseOption
        @OptionGroup var output: FormatOption

        func run() async throws {
            guard let result = try await AsylumSupportRevisions(store: try database.open()).changes(from: from, to: to) else {
                throw CommandError("there is only one asylum-support vintage (or none): import a newer Asy_D11 release to compare")
            }
            let note =
                "Home Office Asy_D11: vintage \(result.from.id) (\(result.from.release), \(result.from.sourceFile)) against vintage "
                + "\(result.to.id) (\(result.to.release), \(result.to.sourceFile)); quarters both cover; \(result.changes.count) figures changed."
            func cell(_ value: Int?) -> ReportCell { value.map(ReportCell.count) ?? .noData("not in this vintage") }
            let table = ReportSection(
                columns: [
                    .init("quarter end"), .init("LA code"), .init("support"), .init("accommodation"), .init("before", .right), .init("after", .right),
                    .init("change", .right),
                ],
                rows: result.changes.map { change in
                    [
                        .date(change.snapshot), .text(change.laCode.rawValue), .text(change.supportType.rawValue), .text(change.accommodationType),
                        cell(change.before), cell(change.after), .count((change.after ?? 0) - (change.before ?? 0)),
                    ]
                },
                notes: [note])
            try output.emit(table)
        }
    }
}
