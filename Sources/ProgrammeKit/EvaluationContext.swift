import Logging
import PartnershipCore
import PartnershipStore
import PublishedStatistics

/// What a programme is given to evaluate itself or build its report: the region, the day of
/// interest, the region's settings for that day, the store (for its own records) and the
/// published tables behind typed questions.
public struct EvaluationContext: Sendable {
    public let region: Region
    public let asOf: Day
    public let settings: ResolvedSettings
    /// The store, for the programme's own operational records.
    public let store: any SQLStore
    /// Imported Home Office and ONS tables, read-only.
    public let published: PublishedData
    public let logger: Logger

    public init(region: Region, asOf: Day, settings: ResolvedSettings, store: any SQLStore, published: PublishedData? = nil, logger: Logger) {
        self.region = region
        self.asOf = asOf
        self.settings = settings
        self.store = store
        self.published = published ?? PublishedData(store: store)
        self.logger = logger
    }

    /// The programme's own records for the area, as `read` gives them, or none where the area's
    /// records do not count (no module: those cells are blank whatever the store holds), so a
    /// comparison of thirteen areas reads records for the four that have them.
    public func localRecords<T>(_ read: () async throws -> [T]) async throws -> [T] {
        region.coverage.holdsLocalRecords ? try await read() : []
    }
}
