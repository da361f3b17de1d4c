import PartnershipCore
import PartnershipStore

/// One region's records for one scheme, read and written through the store. Writes that replace
/// (a re-imported file, a re-run match) delete and insert in one transaction.
public struct ResettlementRecords: Sendable {
    public let store: any SQLStore
    public let scope: RecordScope

    public init(store: any SQLStore, scope: RecordScope) {
        self.store = store
        self.scope = scope
    }

    /// `region = ? AND scheme = ?` and its values, the start of every query.
    var scopeClause: String { "region = ? AND scheme = ?" }
    var scopeValues: [SQLValue] { [.text(scope.region), .text(scope.scheme.rawValue)] }

    func select(_ table: String, where extra: String = "", _ arguments: [SQLValue] = [], orderBy: String) throws -> [SQLRow] {
        try store.read { try $0.query("SELECT * FROM \(table) WHERE \(scopeClause)\(extra) ORDER BY \(orderBy)", scopeValues + arguments) }
    }

    static func encode<T: RawRepresentable & Comparable>(_ values: Set<T>) -> String where T.RawValue == String {
        values.sorted().map(\.rawValue).joined(separator: ";")
    }

    static func decode<T: RawRepresentable>(_ text: String) -> Set<T> where T.RawValue == String {
        Set(text.split(separator: ";").compactMap { T(rawValue: String($0)) })
    }
}
