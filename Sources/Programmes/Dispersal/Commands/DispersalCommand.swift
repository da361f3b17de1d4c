import ArgumentParser

/// `smp dispersal …`: cluster limits, headroom, trend, an allocation planner and widening.
struct DispersalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispersal", abstract: "Asylum dispersal against the cluster limit (1 per 200 residents by default).",
        subcommands: [
            DispersalStatusCommand.self, DispersalTrendCommand.self, DispersalPlanCommand.self, DispersalWideningCommand.self,
            DispersalHotelsCommand.self, DispersalOutlookCommand.self,
        ])
}

extension CountBasis {
    /// A `--basis` value, or a validation error saying what is wrong with it.
    static func argument(_ text: String) throws -> CountBasis {
        if let preset = allCases.first(where: { $0.rawValue == text }) { return preset }
        do { return CountBasis(terms: try parse(text), rawValue: text) } catch { throw ValidationError(error.description) }
    }
}
extension AllocationStrategy: ExpressibleByArgument {}
