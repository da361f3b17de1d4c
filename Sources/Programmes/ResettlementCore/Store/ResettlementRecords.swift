import PartnershipCore
import PartnershipStore

/// One region's records for one scheme, read and written through the store. Writes that replace
/// (a re-imported file, a re-run match) delete and insert in one transaction. A stored row that
/// cannot be read back (a malformed column) is an error naming the table and column, never skipped.
public struct ResettlementRecords: Sendable {
    public let store: any SQLStore
    public let scope: RecordScope

    public init(store: any SQLStore, scope: RecordScope) {
        self.store = store
        self.scope = scope
    }

    /// `region = … AND scheme = …`, the start of every query.
    var inScope: SQLStatement { "region = \(bind: .text(scope.region)) AND scheme = \(bind: .text(scope.scheme.rawValue))" }
    var scopeValues: [SQLValue] { [.text(scope.region), .text(scope.scheme.rawValue)] }

    func select(_ table: String, where extra: SQLStatement? = nil, orderBy: String) async throws -> [SQLRow] {
        var statement: SQLStatement = "SELECT * FROM \(raw: table) WHERE \(inScope)"
        if let extra { statement.append(extra) }
        statement.append("ORDER BY \(raw: orderBy)")
        return try await store.rows(statement)
    }

    func count(_ session: any SQLSession, _ table: String, where extra: SQLStatement) async throws -> Int {
        try await session.query("SELECT COUNT(*) AS n FROM \(raw: table) WHERE \(inScope) \(extra)").first?.int("n") ?? 0
    }

    static func encode<T: RawRepresentable & Comparable>(_ values: Set<T>) -> String where T.RawValue == String {
        values.sorted().map(\.rawValue).joined(separator: ";")
    }

    /// A `;`-separated set read back from a column; an unknown value is an error, not dropped.
    static func decode<T: RawRepresentable & CaseIterable>(_ row: SQLRow, _ column: String) throws -> Set<T> where T.RawValue == String {
        Set(
            try row.string(column).split(separator: ";").map { item in
                try SQLRow.enumeration(String(item), table: row.table, column: column)
            })
    }

    static func household(_ row: SQLRow) throws -> Household {
        Household(
            adults: try row.int("adults"), childrenUnder3: try row.int("children_under_3"), children3to4: try row.int("children_3_4"),
            children5to18: try row.int("children_5_18"))
    }
}
