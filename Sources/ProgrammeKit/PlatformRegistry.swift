import Logging
import PartnershipCore
import PartnershipStore
import PublishedStatistics

/// The programmes an executable offers, built once at its composition root and passed down:
/// no global, no fatal error. The store schema, the importable datasets and the national
/// comparison's indicators are all derived from this list.
public struct PlatformRegistry: Sendable {
    public let plugins: [any ProgrammePlugin]
    /// The same programmes as the host sees them (for reading and validating region modules).
    public let programmes: ProgrammeRegistry

    /// Fails when two programmes share an id, or when their migrations clash.
    public init(_ plugins: [any ProgrammePlugin]) throws {
        programmes = try ProgrammeRegistry(plugins.map { $0 as any Programme })  // a static upcast, see CLIRegistry
        self.plugins = plugins
        _ = try schema()
    }

    public var ids: [ProgrammeID] { programmes.ids }

    public subscript(id: ProgrammeID) -> (any ProgrammePlugin)? {
        plugins.first { $0.id == id }
    }

    /// Every dataset some programme reads, plus the ONS population every region check uses; each
    /// once, in first-declared order.
    public var datasets: [PublishedDataset] {
        var seen = Set<String>()
        return (plugins.flatMap(\.publishedDatasets) + [.population]).filter { seen.insert($0.id).inserted }
    }

    /// The store schema: the core ledger, every dataset's tables, then each programme's own.
    public func schema() throws -> StoreSchema {
        try StoreSchema([StoreSchema.core] + datasets.map(\.schemaPart) + plugins.compactMap(\.schema))
    }

    /// The programme's indicators for a region on a day: off (never zero) when the programme is
    /// switched off for the region on that day (by a recorded switch, or by its module when none is
    /// recorded); otherwise its evaluation, checked to cover every indicator it declares.
    public func evaluate(
        _ plugin: any ProgrammePlugin, region: Region, on day: Day, store: any SQLStore, published: PublishedData? = nil,
        switches: ProgrammeSwitches? = nil, logger: Logger
    ) async throws -> IndicatorValues {
        let timeline: ProgrammeSwitches
        if let switches { timeline = switches } else { timeline = try await ProgrammeSwitchboard(store: store).switches(for: region) }
        guard timeline.isEnabled(plugin.id, on: day) else { return plugin.switchedOff }
        let context = EvaluationContext(
            region: region, asOf: day, settings: plugin.resolvedSettings(for: region, on: day), store: store, published: published, logger: logger)
        let values = try await plugin.evaluate(context)
        let missing = plugin.indicators.map(\.id).filter { values[$0] == nil }
        guard missing.isEmpty else {
            throw ProgrammeError(
                plugin.id,
                "evaluation left out indicator(s) \(missing.joined(separator: ", ")): a programme must give every indicator it declares a "
                    + "value or a reason"
            )
        }
        return values
    }

    /// The context a programme's own commands and reports work in.
    public func context(
        _ plugin: any ProgrammePlugin, region: Region, on day: Day, store: any SQLStore, logger: Logger
    ) -> EvaluationContext {
        EvaluationContext(region: region, asOf: day, settings: plugin.resolvedSettings(for: region, on: day), store: store, logger: logger)
    }
}
