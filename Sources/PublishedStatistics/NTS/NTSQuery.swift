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

    /// Transfers per LA and quarter; only the given LAs (today's codes) when `codes` is set.
    public func transfers(in codes: [ONSCode]? = nil, vintage: Int64? = nil) async throws -> [Transfers] {
        let chosen: Int64? = if let vintage { vintage } else { try await ImportLedger(store: store).latestID(dataset: NTSTable.dataset) }
        guard let vintage = chosen else { return [] }
        var query: SQLStatement = """
            SELECT quarter_end, la_code, la_name, transfers_out, transfers_in, transfers_in_from_port, able_to_participate
            FROM nts_transfers
            WHERE vintage_id = \(bind: .integer(vintage))
            """
        query.and("la_code", in: codes?.map { .text($0.rawValue) })
        query.append("ORDER BY quarter_end, la_name")
        return try await store.rows(query).map { row in
            Transfers(
                quarterEnd: try row.day("quarter_end"), laCode: try row.optionalCode("la_code"), laName: try row.string("la_name"),
                transfersOut: try row.int("transfers_out"), transfersIn: try row.int("transfers_in"),
                transfersInFromPort: try row.int("transfers_in_from_port"), ableToParticipate: try row.optionalString("able_to_participate"))
        }
    }
}
