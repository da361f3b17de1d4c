import ArgumentParser
import CommandLineKit

/// `smp resettlement …`: VPRS and VCRS from pledge to referral, match, arrival, funding and progress.
struct ResettlementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resettlement", abstract: "Resettlement schemes (VPRS, VCRS): pledges, referrals, matching, arrivals, funding, progress.",
        subcommands: [
            PledgeCommand.self, ReferralCommand.self, MatchCommand.self, ArrivalCommand.self, ReconcileCommand.self, FundingCommand.self,
            ProgressCommand.self, SyntheticCommand.self,
        ])
}
