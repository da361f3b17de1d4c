import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp nrpf alerts --region ID [--as-of DATE]`: open cases whose household now has recourse to
/// public funds ("closure required", as NRPF Connect raises it).
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts", abstract: "Closure-required alerts: open cases whose recorded status grants recourse to public funds.")
    @OptionGroup var options: NRPFOptions
    @Option(name: .customLong("as-of"), help: "Day (YYYY-MM-DD); default today.") var asOf: Day?
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await NRPFContext(options)
        let day = asOf ?? DayArgument.today()
        let cases = try await context.records.cases()
        let alerts = cases.compactMap { item in item.closureRequired(on: day).map { (item, $0) } }
        try output.emit(
            ReportSection(
                title: "\(context.region.name): NRPF closure alerts on \(day)",
                columns: [.init("ref"), .init("LA"), .init("household"), .init("recourse granted"), .init("days since", .right), .init("action")],
                rows: alerts.map { item, since in
                    [
                        .text(item.reference.rawValue), .text(context.name(item.laCode)), .text(item.householdType.rawValue), .date(since),
                        .count(day.ordinal - since.ordinal),
                        .text(item.householdType == .careLeaver ? "close now (care leavers close on the alert)" : "close when council support ends"),
                    ]
                },
                notes: [
                    alerts.isEmpty ? "No case needs closing." : "\(alerts.count) open case(s) now have recourse to public funds.",
                    "Close a case with 'smp nrpf close --case REF --on DATE --reason recourse-granted'.",
                ] + SyntheticLabel.notes(for: cases.map(\.source))))
    }
}
