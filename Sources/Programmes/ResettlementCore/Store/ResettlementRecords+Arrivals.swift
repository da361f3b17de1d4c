import PartnershipCore
import PartnershipStore

extension ResettlementRecords {
    /// Recorded arrivals with each household as referred, in date order.
    public func arrivals() throws -> [Arrival] {
        try store.read {
            try $0.query(
                """
                SELECT a.case_ref, a.la_code, a.arrived_on, a.flight, a.source, r.adults, r.children_under_3, r.children_3_4, r.children_5_18
                FROM resettlement_arrival a JOIN resettlement_referral r ON r.region = a.region AND r.scheme = a.scheme AND r.case_ref = a.case_ref
                WHERE a.region = ? AND a.scheme = ? ORDER BY a.arrived_on, a.case_ref
                """, scopeValues)
        }.compactMap { row in
            guard let code = ONSCode(row.string("la_code")), let day = Day(iso: row.string("arrived_on")), let flight = FlightType(rawValue: row.string("flight")) else { return nil }
            return Arrival(
                caseRef: CaseReference(stored: row.string("case_ref")), laCode: code, arrivedOn: day, flight: flight,
                household: Household(adults: row.int("adults"), childrenUnder3: row.int("children_under_3"), children3to4: row.int("children_3_4"), children5to18: row.int("children_5_18")),
                source: row.string("source"))
        }
    }

    /// Records arrivals, replacing any earlier record for the same case (a corrected date or LA).
    /// Returns how many earlier records were replaced.
    public func save(arrivals: [Arrival]) throws -> Int {
        guard !arrivals.isEmpty else { return 0 }
        let refs = arrivals.map { SQLValue.text($0.caseRef.rawValue) }
        return try store.transaction { session in
            let marks = SQLDialect.marks(refs.count)
            let replaced = try session.scalar("SELECT COUNT(*) FROM resettlement_arrival WHERE \(scopeClause) AND case_ref IN (\(marks))", scopeValues + refs)?.int ?? 0
            try session.execute("DELETE FROM resettlement_arrival WHERE \(scopeClause) AND case_ref IN (\(marks))", scopeValues + refs)
            try session.insert(
                into: "resettlement_arrival", columns: ["region", "scheme", "case_ref", "la_code", "arrived_on", "flight", "source"],
                rows: arrivals.map { scopeValues + [.text($0.caseRef.rawValue), .text($0.laCode.rawValue), .text($0.arrivedOn.description), .text($0.flight.rawValue), .text($0.source)] })
            return replaced
        }
    }
}
