import GRDB
import PartnershipCore
import PartnershipStore

/// Read-only questions programmes ask of the imported Asy_D11 figures, on the latest vintage
/// unless one is named.
public struct AsylumSupportQuery: Sendable {
    public let store: StoreDatabase

    public init(store: StoreDatabase) { self.store = store }

    public func latestVintage() throws -> Int64? {
        try store.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT max(id) FROM import_vintage WHERE dataset = ?", arguments: [AsylumSupportImporter.dataset])
        }
    }

    /// People supported at `snapshot` in the given LAs (today's codes), optionally by support and accommodation type.
    public func people(
        on snapshot: Day, in codes: [ONSCode], supportTypes: [AsylumSupportRecord.SupportType]? = nil,
        accommodationTypes: [String]? = nil, vintage: Int64? = nil
    ) throws -> Int {
        guard let vintage = try vintage ?? latestVintage() else { return 0 }
        var sql = "SELECT COALESCE(SUM(people), 0) FROM asylum_support WHERE vintage_id = ? AND snapshot = ? AND la_code IN (\(databaseQuestionMarks(count: codes.count)))"
        var arguments: [(any DatabaseValueConvertible)?] = [vintage, snapshot.description] + codes.map { $0.rawValue as (any DatabaseValueConvertible)? }
        if let supportTypes {
            sql += " AND support_type IN (\(databaseQuestionMarks(count: supportTypes.count)))"
            arguments += supportTypes.map { $0.rawValue as (any DatabaseValueConvertible)? }
        }
        if let accommodationTypes {
            sql += " AND accommodation_type IN (\(databaseQuestionMarks(count: accommodationTypes.count)))"
            arguments += accommodationTypes.map { $0 as (any DatabaseValueConvertible)? }
        }
        let finalSQL = sql, finalArguments = StatementArguments(arguments)
        return try store.writer.read { try Int.fetchOne($0, sql: finalSQL, arguments: finalArguments) ?? 0 }
    }

    /// The quarter-end dates the vintage covers, oldest first.
    public func snapshots(vintage: Int64? = nil) throws -> [Day] {
        guard let vintage = try vintage ?? latestVintage() else { return [] }
        return try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT snapshot FROM asylum_support WHERE vintage_id = ? ORDER BY snapshot", arguments: [vintage])
        }.compactMap(Day.init(iso:))
    }
}
