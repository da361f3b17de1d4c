import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp dispersal plan --region ID --arrivals N`: where N arrivals can go with no limit breached.
struct DispersalPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Allocate new arrivals across participating LAs without breaching any limit, explained per LA.")
    @OptionGroup var options: DispersalOptions
    @Option(name: .long, help: "Number of new arrivals to place.") var arrivals: Int
    @Option(name: .long, help: "headroom (default: proportional to remaining headroom) or lowest-ratio (fill lowest ratio first).") var strategy:
        AllocationStrategy = .proportionalToHeadroom
    @Flag(name: .customLong("include-unknown"), help: "Also plan for LAs whose participation nothing declares (left out by default).")
    var includeUnknown = false
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard arrivals >= 0 else { throw ValidationError("--arrivals must be 0 or more (got \(arrivals))") }
    }

    func run() async throws {
        let context = try await options.position(.quarter)
        let plan = AllocationPlanner(strategy: strategy).plan(arrivals, across: context.assessment(includeUnknown: includeUnknown))
        let unknown = context.assessment().unknownParticipation.map(\.name)
        let unknownNote =
            unknown.isEmpty
            ? "Every LA's participation is known."
            : includeUnknown
                ? "Included at your request (--include-unknown), although nothing declares their participation: \(unknown.joined(separator: ", "))."
                : "Left out because nothing declares their participation (add --include-unknown to plan for them): \(unknown.joined(separator: ", "))."
        let summary =
            plan.shortfall > 0
            ? "\(plan.requested) arrivals exceed the total headroom of \(plan.totalHeadroom): \(plan.allocated) allocated, shortfall "
                + "\(plan.shortfall) that no LA can take without breaching its limit."
            : "All \(plan.requested) arrivals allocated; headroom left \(plan.totalHeadroom - plan.allocated)."
        let assessment = context.assessment()
        let supported = assessment.participating.reduce(0) { $0 + $1.count }
        let allocationNote: String
        if let allocation = context.settings.allocation {
            allocationNote =
                "Regional allocation under full dispersal: \(NumberFormat.grouped(allocation)) (\(context.settings.allocationSource ?? "source not given"))"
                + "; \(NumberFormat.grouped(supported)) counted in participating LAs at \(context.snapshot), "
                + (supported >= allocation
                    ? "\(NumberFormat.grouped(supported - allocation)) over it."
                    : "\(NumberFormat.grouped(allocation - supported)) short of it; this plan's \(plan.allocated) would leave "
                        + "\(NumberFormat.grouped(max(0, allocation - supported - plan.allocated))).")
        } else if context.snapshot >= DispersalRules.fullDispersalFrom {
            allocationNote =
                "Regional allocation under full dispersal: not recorded for \(context.region.name) (\(DispersalRules.allocationRule)); "
                + "no source the platform holds gives the figure. Record it as programmes.dispersal.settings.\(DispersalRules.fullDispersalAllocation) "
                + "with its source."
        } else {
            allocationNote = "No regional allocation: full dispersal began on \(DispersalRules.fullDispersalFrom), after \(context.snapshot)."
        }
        let table = ReportSection(
            title: "\(context.region.name): plan for \(arrivals) arrivals from \(context.snapshot)",
            columns: [
                .init("LA"), .init("code"), .init("headroom", .right), .init("allocated", .right), .init("after", .right), .init("limit", .right),
                .init("why"),
            ],
            rows: plan.lines.map {
                [
                    .text($0.name), .text($0.code.rawValue), .count($0.headroomBefore), .count($0.allocated), .count($0.countAfter), .count($0.limit),
                    .text($0.reason),
                ]
            },
            notes: [
                "Strategy: \(strategy.description).", summary,
                "Only participating LAs are planned for; non-participants are listed by `smp dispersal widening`.", unknownNote,
                allocationNote,
            ] + context.notes + [context.coverage])
        try output.emit(table)
    }
}
