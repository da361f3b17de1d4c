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
    }

    /// Transfers per LA and quarter; only the given LAs (today's codes) when `codes` is set.
    public func transfers(in codes: [ONSCode]? = nil, vintage: Int64? = nil) throws -> [Transfers] {
        guard let vintage = try vintage ?? ImportLedger(store: store).latestID(dataset: NTSTable.dataset) else { return [] }
        var query = SQLQuery(
            "SELECT quarter_end, la_code, la_name, transfers_out, transfers_in, transfers_in_from_port FROM nts_transfers WHERE vintage_id = ?",
            [.integer(vintage)])
        query.and("la_code", in: codes?.map { .text($0.rawValue) })
        query.append("ORDER BY quarter_end, la_name")
        return try query.rows(in: store).compactMap { row in
            guard let day = Day(iso: row.string("quarter_end")) else { return nil }
            return Transfers(
                quarterEnd: day, laCode: row["la_code"].string.flatMap(ONSCode.init), laName: row.string("la_name"),
                transfersOut: row.int("transfers_out"), transfersIn: row.int("transfers_in"), transfersInFromPort: row.int("transfers_in_from_port"))
        }
    }
}
