import Logging
import PartnershipCore
import PartnershipStore
import ProgrammeKit

/// Evaluating a programme in a test: through a registry of just that programme, on a store the
/// test gives (an empty in-memory one with the registry's schema otherwise).
public enum Evaluation {
    public static let logger = Logger(label: "smp-test")

    public static func values(
        _ plugin: any ProgrammePlugin, region: Region, on day: Day, store given: (any SQLStore)? = nil
    ) async throws -> IndicatorValues {
        let registry = try PlatformRegistry([plugin])
        let store: any SQLStore
        if let given { store = given } else { store = try await emptyStore(registry) }
        return try await registry.evaluate(plugin, region: region, on: day, store: store, logger: logger)
    }

    /// A fresh in-memory SQLite store with the registry's schema.
    public static func emptyStore(_ registry: PlatformRegistry) async throws -> any SQLStore {
        let store = try SQLiteStore()
        try await registry.schema().migrate(store, logger: logger)
        return store
    }
}
