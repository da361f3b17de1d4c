import ArgumentParser
import CommandLineKit
import Reporting

/// `smp dispersal outlook --region ID [--as-of DATE]`: every LA's position now, its forecast for
/// the next two quarter ends, and a flag where it may cross the cluster limit (or 90% of it).
struct DispersalOutlookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outlook", abstract: "Early warning: which LAs may cross the cluster limit within the next two quarters.")
    @OptionGroup var options: DispersalOptions
    @Flag(name: .long, help: "Watch 90% of the limit ('near') instead of the limit.") var near = false
    @OptionGroup var output: FormatOption

    func run() async throws {
        let position = try await options.position(.earlyWarning)
        let outlook = DispersalOutlook(position: position, line: near ? .near : .limit)
        let flagged = outlook.flagged.map(\.name)
        try output.emit(
            Report(
                title: nil, sections: [outlook.section],
                notes: [
                    flagged.isEmpty
                        ? "No LA below the line is flagged as likely to cross within two quarters."
                        : "May cross within 2 quarters: \(flagged.joined(separator: ", "))."
                ]))
    }
}
