import ArgumentParser
import CommandLineKit
import PartnershipCore

/// `smp modern-slavery referral decide --region ID --ref REF --stage rg|cg --outcome positive|negative --on DATE`:
/// record a Home Office decision on a referral from the command line.
struct DecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record a reasonable-grounds (rg) or conclusive-grounds (cg) decision on a referral.")
    @Option(name: .long, help: "Region module id.") var region: String
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @Option(name: .customLong("ref"), help: "The referral's reference.") var reference: String
    @Option(name: .long, help: "rg or cg.") var stage: String
    @Option(name: .long, help: "positive or negative.") var outcome: String
    @Option(name: .long, help: "Day of the decision (YYYY-MM-DD).") var on: Day

    func run() async throws {
        let context = try await ModernSlaveryContext(region: region, regions: regions, database: database)
        try await ProgrammeGate.require(
            context.programme.id, for: context.region, on: DayArgument.today(), store: context.store,
            purpose: "no new modern-slavery records are taken for it; nothing was changed")
        guard let value = DecisionOutcome(rawValue: outcome) else { throw CommandError("--outcome must be positive or negative (got '\(outcome)')") }
        guard stage == "rg" || stage == "cg" else { throw CommandError("--stage must be rg or cg (got '\(stage)')") }
        guard let referral = try await context.records.referrals().first(where: { $0.reference.rawValue == reference }) else {
            throw CommandError("no referral '\(reference)' is recorded for \(context.region.id); 'smp modern-slavery referral list' lists them")
        }
        let decision = NRMReferral.Decision(outcome: value, day: on)
        let problem: String? =
            if referral.isDutyToNotify {
                "\(reference) is a Duty to Notify (consent withheld): it has no decisions"
            } else if stage == "rg" && on < referral.referredOn {
                "\(on) is before the referral (\(referral.referredOn))"
            } else if stage == "rg" && referral.conclusiveGrounds != nil {
                "\(reference) already has a conclusive-grounds decision"
            } else if stage == "cg" && referral.reasonableGrounds?.outcome != .positive {
                "a conclusive-grounds decision follows a positive reasonable-grounds decision"
            } else if stage == "cg", let rg = referral.reasonableGrounds, on < rg.day {
                "\(on) is before the reasonable-grounds decision (\(rg.day))"
            } else { nil }
        if let problem { throw CommandError(problem + "; nothing was changed") }
        try await context.records.replace(with: [referral.deciding(stage == "rg" ? .reasonableGrounds : .conclusiveGrounds, decision)])
        Console.out("Recorded a \(value.rawValue) \(stage == "rg" ? "reasonable" : "conclusive")-grounds decision on \(on) for \(reference).\n")
    }
}
