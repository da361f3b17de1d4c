import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp uasc transfers --region ID [--from DATE] [--to DATE]`: NTS_01 transfers per quarter and LA.
struct UASCTransfersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfers", abstract: "Published NTS_01 transfers into and out of the region's LAs, per quarter and LA, with a trend.")
    @OptionGroup var options: UASCOptions
    @Option(name: .long, help: "First quarter end (YYYY-MM-DD).") var from: Day?
    @Option(name: .long, help: "Last quarter end (YYYY-MM-DD).") var to: Day?
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await UASCContext(options)
        let view = try await NTSTransfersView(region: context.region, published: context.published, from: from, to: to)
        guard let imported = view.imported else {
            throw CommandError("NTS_01 has no rows for \(context.region.id)'s LAs; import it with 'smp import nts FILE' or 'smp import --bundled'")
        }
        guard !view.quarters.isEmpty else {
            throw CommandError(
                "no NTS_01 quarter between \(from?.description ?? "the start") and \(to?.description ?? "the end"): the imported table covers "
                    + "\(imported.lowerBound) to \(imported.upperBound)")
        }
        try output.emit(Report(sections: [view.quarterSection, view.authoritySection]))
    }
}
