import PartnershipCore
import PartnershipStore

/// The host's `PublishedFigures` over the store: what an `EvaluationContext` carries so a
/// programme can read imported tables without the host knowing the store exists.
public struct StoreFigures: PublishedFigures {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    public func latestSnapshot(of table: String, onOrBefore day: Day) -> Day? {
        guard table == AsylumSupportTable.dataset else { return nil }
        return (try? AsylumSupportQuery(store: store).snapshots())?.last { $0 <= day }
    }
}
