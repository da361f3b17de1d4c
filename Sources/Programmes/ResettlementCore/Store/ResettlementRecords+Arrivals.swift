import PartnershipCore
import PartnershipStore

extension ResettlementRecords {
    /// Recorded arrivals with each household as referred, in date order.
    public func arrivals() async throws -> [Arrival] {
        try await store.rows(
            """
            SELECT a.case_ref, a.la_code, a.arrived_on, a.flight, a.source, r.adults, r.children_under_3, r.children_3_4, r.children_5_18
            FROM resettlement_arrival a JOIN resettlement_referral r ON r.region = a.region AND r.scheme = a.scheme AND r.case_ref = a.case_ref
            WHERE a.region = \(bind: .text(scope.region)) AND a.scheme = \(bind: .text(scope.scheme.rawValue)) ORDER BY a.arrived_on, a.case_ref
            """
        ).map { row in
            Arrival(
                caseRef: CaseReference(stored: try row.string("case_ref")), laCode: try row.code("la_code"), arrivedOn: try row.day("arrived_on"),
                flight: try row.enumeration("flight"), household: try Self.household(row), source: try row.string("source"))
        }
    }

    /// Records arrivals, replacing any earlier record for the same case (a corrected date or LA).
    /// Returns how many earlier records were replaced.
    public func save(arrivals: [Arrival]) async throws -> Int {
        guard !arrivals.isEmpty else { return 0 }
        let cases: SQLStatement = "AND case_ref IN (\(list: arrivals.map { SQLValue.text($0.caseRef.rawValue) }))"
        let rows = arrivals.map {
            scopeValues + [
                .text($0.caseRef.rawValue), .text($0.laCode.rawValue), .text($0.arrivedOn.description), .text($0.flight.rawValue), .text($0.source),
            ]
        }
        return try await store.transaction { session in
            let replaced = try await count(session, "resettlement_arrival", where: cases)
            try await session.execute("DELETE FROM resettlement_arrival WHERE \(inScope) \(cases)")
            try await session.insert(
                into: "resettlement_arrival", columns: ["region", "scheme", "case_ref", "la_code", "arrived_on", "flight", "source"], rows: rows)
            return replaced
        }
    }
}
