import PartnershipCore
import PartnershipStore

/// What a newer Asy_D11 release changed in the back-series: per LA, quarter, support type and
/// accommodation type, the figures that differ between two vintages (the Home Office revises).
public struct AsylumSupportRevisions: Sendable {
    public struct Change: Sendable, Hashable {
        public let snapshot: Day
        public let laCode: ONSCode
        public let supportType: AsylumSupportType
        public let accommodationType: String
        /// Nil when the figure is new in the later release (or gone from it).
        public let before: Int?
        public let after: Int?
    }

    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// Changes from `older` to `newer` (defaults: the two latest vintages), for quarters both cover.
    public func changes(from older: Int64? = nil, to newer: Int64? = nil) async throws -> (from: ImportVintage, to: ImportVintage, changes: [Change])?
    {
        let vintages = try await ImportLedger(store: store).vintages(dataset: AsylumSupportTable.dataset)
        guard let to = newer.flatMap({ id in vintages.first { $0.id == id } }) ?? vintages.last,
            let from = older.flatMap({ id in vintages.first { $0.id == id } }) ?? vintages.last(where: { $0.id < to.id })
        else { return nil }
        let query = AsylumSupportQuery(store: store)
        struct Key: Hashable { let snapshot: Day, code: ONSCode, support: AsylumSupportType, accommodation: String }
        func figures(_ vintage: Int64) async throws -> [Key: Int] {
            Dictionary(
                try await query.cells(vintage: vintage).map {
                    (Key(snapshot: $0.snapshot, code: $0.laCode, support: $0.supportType, accommodation: $0.accommodationType), $0.people)
                }, uniquingKeysWith: +)
        }
        let before = try await figures(from.id), after = try await figures(to.id)
        let shared = Set(before.keys.map(\.snapshot)).intersection(after.keys.map(\.snapshot))
        let changes = Set(before.keys).union(after.keys)
            .filter { shared.contains($0.snapshot) && before[$0] != after[$0] }
            .map {
                Change(
                    snapshot: $0.snapshot, laCode: $0.code, supportType: $0.support, accommodationType: $0.accommodation, before: before[$0],
                    after: after[$0])
            }
            .sorted {
                ($0.snapshot, $0.laCode.rawValue, $0.supportType.rawValue, $0.accommodationType) < (
                    $1.snapshot, $1.laCode.rawValue, $1.supportType.rawValue, $1.accommodationType
                )
            }
        return (from, to, changes)
    }
}
