import PartnershipCore
import PartnershipStore

/// Resettlement arrivals from the latest imported Res_D01 (or a named vintage).
public struct ResettlementQuery: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    public struct Arrivals: Sendable, Hashable {
        public let quarterEnd: Day
        public let laCode: ONSCode?
        public let scheme: String
        public let persons: Int
    }

    public func latestVintage() throws -> ImportVintage? {
        try ImportLedger(store: store).vintages(dataset: ResettlementTable.dataset).last
    }

    /// Arrivals per LA and quarter for a scheme id (`vprs`, `vcrs`, …), optionally only in some LAs.
    public func arrivals(scheme: String, in codes: [ONSCode]? = nil, vintage: Int64? = nil) throws -> [Arrivals] {
        guard let vintage = try vintage ?? latestVintage()?.id else { return [] }
        var query = SQLQuery(
            "SELECT quarter_end, la_code, scheme, SUM(persons) AS persons FROM resettlement_arrivals WHERE vintage_id = ? AND scheme = ?",
            [.integer(vintage), .text(scheme)])
        query.and("la_code", in: codes?.map { .text($0.rawValue) })
        query.append("GROUP BY quarter_end, la_code, scheme ORDER BY quarter_end, la_code")
        return try query.rows(in: store).compactMap { row in
            guard let day = Day(iso: row.string("quarter_end")) else { return nil }
            return Arrivals(quarterEnd: day, laCode: row["la_code"].string.flatMap(ONSCode.init), scheme: row.string("scheme"), persons: row.int("persons"))
        }
    }

    /// Persons arrived under a scheme across the whole table (every LA, including `Unknown`).
    public func total(scheme: String, vintage: Int64? = nil) throws -> Int {
        try arrivals(scheme: scheme, vintage: vintage).reduce(0) { $0 + $1.persons }
    }
}
