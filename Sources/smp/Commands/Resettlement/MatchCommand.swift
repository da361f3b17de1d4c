import ArgumentParser
import PartnershipCore
import Reporting
import ResettlementCore

/// `smp resettlement match --region ID --batch B`: proposes (and with `--accept` stores) where each
/// household of a batch goes, explaining every household that cannot be placed.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match", abstract: "Match a referral batch to firm LA pledges (capacity, household type, needs); explain every unplaced case.")
    @OptionGroup var options: ResettlementOptions
    @Option(name: .long, help: "Batch id.") var batch: String
    @Option(name: .long, help: "Financial year of the pledges to match against (default: the year of the batch's earliest referral).") var year: String?
    @Option(name: .long, help: "spread or in-order (default: the region's matching setting).") var preference: String?
    @Flag(name: .long, help: "Store the proposal as the batch's matches (replacing earlier ones).") var accept = false
    @Option(name: .long, help: "Date the matches are made (YYYY-MM-DD; default today).") var on: String?
    @OptionGroup var output: FormatOption

    func run() throws {
        let context = try ResettlementContext(options)
        let referrals = try context.records.referrals(batch: batch)
        guard let first = referrals.map(\.referredOn).min() else {
            let known = try context.records.batches().map(\.batch)
            Console.err("no batch '\(batch)' in \(context.heading)\(known.isEmpty ? "; import one with 'smp resettlement referral import'" : "; batches: \(known.joined(separator: ", "))")")
            throw ExitCode(1)
        }
        let fy = try FinancialYearArgument.parse(year) ?? FinancialYear(containing: first)
        let settings = context.settings(on: fy.firstDay)
        let chosen = try preference.map { text in
            guard let value = MatchingPreference(rawValue: text) else { throw ValidationError("--preference '\(text)' is not spread or in-order") }
            return value
        } ?? settings.preference
        let matchedOn = try DayArgument.parse(on, option: "--on")

        // Capacity already taken by other batches' matches in the same year.
        let mobility = Set(try context.records.referrals().filter { $0.needs.contains(.mobility) }.map(\.caseRef))
        let earlier = try context.records.matches().filter { $0.batch != batch && $0.financialYear == fy }
        let offers = try context.records.pledges(financialYear: fy).map { pledge in
            let here = earlier.filter { $0.laCode == pledge.laCode }
            return MatchOffer(pledge: pledge, placesUsed: here.reduce(0) { $0 + $1.persons }, accessibleHomesUsed: here.filter { mobility.contains($0.caseRef) }.count)
        }
        let proposal = Matcher(preference: chosen, largeFamilyFrom: settings.largeFamilyFrom).propose(referrals, offers: offers, financialYear: fy)

        let threshold = settings.largeFamilyFrom
        func describe(_ referral: Referral) -> [String] {
            [referral.caseRef.rawValue, String(referral.household.size), referral.household.summary,
             referral.household.type(largeFamilyFrom: threshold).label(largeFamilyFrom: threshold), referral.needs.sorted().map(\.rawValue).joined(separator: "; ")]
        }
        let rows = proposal.assignments.map { describe($0.referral) + ["placed", context.name($0.laCode), $0.laCode.rawValue] }
            + proposal.unplaced.map { describe($0.referral) + ["unplaced", $0.reason.describe(largeFamilyFrom: threshold, names: context.names), ""] }
        let before = Dictionary(uniqueKeysWithValues: offers.map { ($0.laCode, $0) })
        var notes = [
            "\(proposal.assignments.count) of \(referrals.count) households placed (\(proposal.placedPeople) people); \(proposal.unplaced.count) unplaced.",
            "Offers: firm \(fy) pledges; preference \(chosen.rawValue); a large family is \(threshold)+ people.",
        ]
        notes += proposal.offers.map { offer in
            let start = before[offer.laCode]!
            return "\(context.name(offer.laCode)): \(offer.pledge.places) places (\(offer.pledge.places - start.placesLeft) used by earlier batches), \(start.placesLeft - offer.placesLeft) this batch, \(offer.placesLeft) left; accessible homes left \(offer.accessibleHomesLeft)."
        }
        let ignored = offers.filter { $0.pledge.status != .firm }
        if !ignored.isEmpty { notes.append("Not matched against (not firm): \(ignored.map { "\(context.name($0.laCode)) (\($0.pledge.status.rawValue))" }.joined(separator: ", ")).") }
        if accept {
            try context.records.replaceMatches(batch: batch, with: proposal.matches(batch: batch, on: matchedOn))
            notes.append("Accepted: \(proposal.assignments.count) matches stored for batch \(batch) on \(matchedOn).")
        } else {
            notes.append("Proposal only: nothing stored. Run again with --accept to store it.")
        }
        notes += ResettlementContext.sourceNote(Array(Set(referrals.map(\.source) + offers.map(\.pledge.source))).sorted())
        let table = Table(
            title: "\(context.heading): batch \(batch) matched to \(fy) pledges",
            columns: [.init("case ref"), .init("people", .right), .init("household"), .init("type"), .init("needs"), .init("outcome"), .init("LA or reason"), .init("code")],
            rows: rows, notes: notes)
        Console.out(TableRenderer.render(table, as: output.format))
    }
}
