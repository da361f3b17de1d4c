import ArgumentParser
import CommandLineKit
import PartnershipCore

/// `smp nrpf close --region ID --case REF --on DATE --reason R`: support ended.
struct CloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a case: the day support ended and why.")
    @OptionGroup var options: NRPFOptions
    @Option(name: .customLong("case"), help: "The case reference.") var reference: String
    @Option(name: .long, help: "Day support ended (YYYY-MM-DD; not itself a day on support).") var on: Day
    @Option(name: .long, help: "Reason: \(ClosureReason.allCases.map(\.rawValue).joined(separator: ", ")).") var reason: String

    func run() async throws {
        let context = try await NRPFContext(options)
        try await context.requireOpen()
        guard let value = ClosureReason(rawValue: reason) else {
            throw CommandError("'\(reason)' is not a closure reason; one of: \(ClosureReason.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let item = try await context.recorded(reference)
        if let ended = item.endedOn { throw CommandError("\(reference) was already closed on \(ended); nothing was changed") }
        guard on >= item.startedOn else { throw CommandError("\(on) is before the case started (\(item.startedOn)); nothing was changed") }
        try await context.records.replace(with: [item.closing(on: on, reason: value)])
        Console.out("Closed \(reference) on \(on) (\(value.rawValue)) after \(item.daysOnSupport(on: on.adding(days: -1))) days on support.\n")
    }
}
