import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp resettlement match --region ID --batch B`: proposes (and with `--accept` stores) where each
/// household of a batch goes, explaining every household that cannot be placed.
struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match", abstract: "Match a referral batch to firm LA pledges (capacity, household type, needs); explain every unplaced case.")
    @OptionGroup var options: ResettlementOptions
    @Option(name: .long, help: "Batch id.") var batch: String
    @Option(name: .long, help: "Financial year of the pledges to match against (default: the year of the batch's earliest referral).") var year:
        FinancialYear?
    @Option(name: .long, help: "spread or in-order (default: the region's matching setting).") var preference: MatchingPreference?
    @Flag(name: .long, help: "Store the proposal as the batch's matches (replacing earlier ones).") var accept = false
    @Option(name: .long, help: "Date the matches are made (YYYY-MM-DD; default today).") var on: Day?
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await ResettlementContext(options)
        if accept { try await context.requireOpen() }
        let matching = try await ResettlementContext.write {
            try await BatchMatching(records: context.records, batch: batch, financialYear: year, preference: preference, settings: context.settings)
        }
        let referrals = matching.referrals, offers = matching.offers, proposal = matching.proposal
        let fy = matching.financialYear, chosen = matching.preference
        let matchedOn = on ?? DayArgument.today()

        let threshold = matching.largeFamilyFrom
        func describe(_ referral: Referral) -> [ReportCell] {
            [
                .text(referral.caseRef.rawValue), .people(referral.household.size, owner: context.region.id), .text(referral.household.summary),
                .text(referral.household.type(largeFamilyFrom: threshold).label(largeFamilyFrom: threshold)),
                .text(referral.needs.sorted().map(\.rawValue).joined(separator: "; ")),
            ]
        }
        let rows =
            proposal.assignments.map { describe($0.referral) + ["placed", .text(context.name($0.laCode)), .text($0.laCode.rawValue)] }
            + proposal.unplaced.map {
                describe($0.referral) + ["unplaced", .text($0.reason.describe(largeFamilyFrom: threshold, names: context.names)), .blank]
            }
        let before = Dictionary(uniqueKeysWithValues: offers.map { ($0.laCode, $0) })
        var notes = [
            "\(proposal.assignments.count) of \(referrals.count) households placed (\(proposal.placedPeople) people); "
                + "\(proposal.unplaced.count) unplaced.",
            "Offers: firm \(fy) pledges; preference \(chosen.rawValue); a large family is \(threshold)+ people.",
        ]
        notes += proposal.offers.map { offer in
            let start = before[offer.laCode]!
            return
                "\(context.name(offer.laCode)): \(offer.pledge.places) places (\(offer.pledge.places - start.placesLeft) used by earlier "
                + "batches), \(start.placesLeft - offer.placesLeft) this batch, \(offer.placesLeft) left; accessible homes left "
                + "\(offer.accessibleHomesLeft)."
        }
        let ignored = offers.filter { $0.pledge.status != .firm }
        if !ignored.isEmpty {
            let names = ignored.map { "\(context.name($0.laCode)) (\($0.pledge.status.rawValue))" }
            notes.append("Not matched against (not firm): \(names.joined(separator: ", ")).")
        }
        if accept {
            try await matching.accept(into: context.records, on: matchedOn)
            notes.append("Accepted: \(proposal.assignments.count) matches stored for batch \(batch) on \(matchedOn).")
        } else {
            notes.append("Proposal only: nothing stored. Run again with --accept to store it.")
        }
        notes += ResettlementSources.note(Array(Set(referrals.map(\.source) + offers.map(\.pledge.source))).sorted())
        let table = ReportSection(
            title: "\(context.heading): batch \(batch) matched to \(fy) pledges",
            columns: [
                .init("case ref"), .init("people", .right), .init("household"), .init("type"), .init("needs"), .init("outcome"),
                .init("LA or reason"), .init("code"),
            ],
            rows: rows, notes: notes)
        try output.emit(table)
    }
}

extension MatchingPreference: ExpressibleByArgument {}
