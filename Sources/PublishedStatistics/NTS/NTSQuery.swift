import PartnershipCore
import PartnershipStore

/// UASC National Transfer Scheme transfers from the latest imported NTS_01.
public struct NTSQuery: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    public struct Transfers: Sendable, Hashable {
        public let quarterEnd: Day
        public let laCode: ONSCode?
        public let laName: String
        public let transfersOut: Int
        public let transfersIn: Int
        public let transfersInFromPort: Int
        /// "Yes" or "No" as published ("Able to participate in the NTS?"); nil where the table has "-".
        public let ableToParticipate: String?
    }

    /// The given LAs' quarters and their rows at one of them.
    public struct LatestQuarter: Sendable, Hashable {
        /// The first and last quarter ends the LAs have rows for (nil when they have none).
        public let first: Day?
        public let last: Day?
        /// The latest quarter end on or before the day asked about, and the LAs' rows at it.
        public let quarter: Day?
        public let rows: [Transfers]
    }

    /// The LAs' rows at the latest quarter end on or before `day` that any of them has, with the
    /// first and last quarter ends they have: two probes of the (vintage, LA, quarter) index.
    public func latestQuarter(in codes: [ONSCode], onOrBefore day: Day, vintage: Int64? = nil) async throws -> LatestQuarter {
        let none = LatestQuarter(first: nil, last: nil, quarter: nil, rows: [])
        let chosen: Int64? = if let vintage { vintage } else { try await ImportLedger(store: store).latestID(dataset: NTSTable.dataset) }
        guard let vintage = chosen, !codes.isEmpty else { return none }
        let las = codes.map { SQLValue.text($0.rawValue) }
        let span = try await store.rows(
            """
            SELECT MIN(quarter_end) AS first, MAX(quarter_end) AS last,
                MAX(CASE WHEN quarter_end <= \(bind: .text(day.description)) THEN quarter_end END) AS latest
            FROM nts_transfers WHERE vintage_id = \(bind: .integer(vintage)) AND la_code IN (\(list: las))
            """)
        guard let row = span.first, let first = try row.optionalDay("first"), let last = try row.optionalDay("last") else { return none }
        guard let quarter = try row.optionalDay("latest") else { return LatestQuarter(first: first, last: last, quarter: nil, rows: []) }
        var query = Self.transfersQuery(vintage: vintage)
        query.append("AND quarter_end = \(bind: .text(quarter.description))")
        query.and("la_code", in: las)
        return LatestQuarter(first: first, last: last, quarter: quarter, rows: try await transfers(query))
    }

    /// Transfers per LA and quarter; only the given LAs (today's codes) when `codes` is set.
    public func transfers(in codes: [ONSCode]? = nil, vintage: Int64? = nil) async throws -> [Transfers] {
        let chosen: Int64? = if let vintage { vintage } else { try await ImportLedger(store: store).latestID(dataset: NTSTable.dataset) }
        guard let vintage = chosen else { return [] }
        var query = Self.transfersQuery(vintage: vintage)
        query.and("la_code", in: codes?.map { .text($0.rawValue) })
        return try await transfers(query)
    }

    private static func transfersQuery(vintage: Int64) -> SQLStatement {
        """
        SELECT quarter_end, la_code, la_name, transfers_out, transfers_in, transfers_in_from_port, able_to_participate
        FROM nts_transfers
        WHERE vintage_id = \(bind: .integer(vintage))
        """
    }

    private func transfers(_ filtered: SQLStatement) async throws -> [Transfers] {
        var query = filtered
        query.append("ORDER BY quarter_end, la_name")
        return try await store.rows(query).map { row in
            Transfers(
                quarterEnd: try row.day("quarter_end"), laCode: try row.optionalCode("la_code"), laName: try row.string("la_name"),
                transfersOut: try row.int("transfers_out"), transfersIn: try row.int("transfers_in"),
                transfersInFromPort: try row.int("transfers_in_from_port"), ableToParticipate: try row.optionalString("able_to_participate"))
        }
    }
}
