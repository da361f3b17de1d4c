import ArgumentParser

/// `smp dispersal …`: cluster limits, headroom, trend, an allocation planner and widening.
struct DispersalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispersal", abstract: "Asylum dispersal against the cluster limit (1 per 200 residents by default).",
        subcommands: [DispersalStatusCommand.self, DispersalTrendCommand.self, DispersalPlanCommand.self, DispersalWideningCommand.self])
}

extension CountBasis: ExpressibleByArgument {}
extension AllocationStrategy: ExpressibleByArgument {}
