import ArgumentParser
import CommandLineKit
import PartnershipCore

/// `smp nrpf status-change --region ID --case REF --status S --on DATE`: record an immigration
/// decision on a case; one that grants recourse to public funds raises "closure required".
struct StatusChangeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status-change", abstract: "Record a change of immigration status on a case (recourse granted raises a closure alert).")
    @OptionGroup var options: NRPFOptions
    @Option(name: .customLong("case"), help: "The case reference.") var reference: String
    @Option(name: .long, help: "New status: \(ImmigrationStatus.allCases.map(\.rawValue).joined(separator: ", ")).") var status: String
    @Option(name: .long, help: "Day of the decision (YYYY-MM-DD).") var on: Day

    func run() async throws {
        let context = try await NRPFContext(options)
        try await context.requireOpen()
        guard let value = ImmigrationStatus(rawValue: status) else {
            throw CommandError("'\(status)' is not a status; one of: \(ImmigrationStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let item = try await context.recorded(reference)
        guard on >= item.startedOn else { throw CommandError("\(on) is before the case started (\(item.startedOn)); nothing was changed") }
        try await context.records.replace(with: [item.recording(NRPFCase.StatusChange(status: value, day: on))])
        Console.out(
            "Recorded \(value.rawValue) on \(on) for \(reference)."
                + (value.grantsRecourse && item.endedOn == nil
                    ? " CLOSURE REQUIRED: the household now has recourse to public funds; close the case when council support ends "
                        + "('smp nrpf close'). It shows in 'smp nrpf alerts' until then." : "") + "\n")
    }
}
