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

    public func latestVintage() async throws -> ImportVintage? {
        try await ImportLedger(store: store).vintages(dataset: ResettlementTable.dataset).last
    }

    /// Arrivals per LA and quarter for a scheme id (`vprs`, `vcrs`, …), optionally only in some LAs.
    public func arrivals(scheme: String, in codes: [ONSCode]? = nil, vintage: Int64? = nil) async throws -> [Arrivals] {
        let chosen: Int64? = if let vintage { vintage } else { try await latestVintage()?.id }
        guard let vintage = chosen else { return [] }
        var query: SQLStatement = """
            SELECT quarter_end, la_code, scheme, SUM(persons) AS persons FROM resettlement_arrivals
            WHERE vintage_id = \(bind: .integer(vintage)) AND scheme = \(bind: .text(scheme))
            """
        query.and("la_code", in: codes?.map { .text($0.rawValue) })
        query.append("GROUP BY quarter_end, la_code, scheme ORDER BY quarter_end, la_code")
        return try await store.rows(query).map { row in
            Arrivals(
                quarterEnd: try row.day("quarter_end"), laCode: try row.optionalCode("la_code"), scheme: try row.string("scheme"),
                persons: try row.int("persons"))
        }
    }

    /// Persons arrived under a scheme across the whole table (every LA, including `Unknown`).
    /// The last quarter end the vintage holds on or before `day`: the date its figures refer to.
    public func lastQuarter(onOrBefore day: Day, vintage: Int64) async throws -> Day? {
        let rows = try await store.rows(
            """
            SELECT MAX(quarter_end) AS last FROM resettlement_arrivals
            WHERE vintage_id = \(bind: .integer(vintage)) AND quarter_end <= \(bind: .text(day.description))
            """)
        return try rows.first?.optionalDay("last")
    }

    public func total(scheme: String, vintage: Int64? = nil) async throws -> Int {
        try await arrivals(scheme: scheme, vintage: vintage).reduce(0) { $0 + $1.persons }
    }
}
