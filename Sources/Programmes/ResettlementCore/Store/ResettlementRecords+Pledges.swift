import PartnershipCore
import PartnershipStore

extension ResettlementRecords {
    static let pledgeColumns = [
        "region", "scheme", "la_code", "financial_year", "places", "household_types", "accessible_homes", "meets", "status", "source", "position",
    ]

    /// Pledges, in the order they were entered within each year; one year or all.
    public func pledges(financialYear: FinancialYear? = nil) async throws -> [Pledge] {
        let rows = try await select(
            "resettlement_pledge", where: financialYear.map { "AND financial_year = \(bind: SQLValue($0.startYear))" },
            orderBy: "financial_year, position")
        return try rows.map { row in
            Pledge(
                laCode: try row.code("la_code"), financialYear: FinancialYear(startYear: try row.int("financial_year")),
                places: try row.int("places"),
                householdTypes: try Self.decode(row, "household_types"), accessibleHomes: try row.int("accessible_homes"),
                meets: try Self.decode(row, "meets"), status: try row.enumeration("status"), source: try row.string("source"),
                position: try row.int("position"))
        }
    }

    /// Adds a pledge, or replaces the LA's pledge for that year (keeping its place in the order).
    /// Returns true when it replaced one.
    @discardableResult
    public func save(_ pledge: Pledge) async throws -> Bool {
        let key: SQLStatement =
            "AND la_code = \(bind: .text(pledge.laCode.rawValue)) AND financial_year = \(bind: SQLValue(pledge.financialYear.startYear))"
        let year: SQLStatement = "AND financial_year = \(bind: SQLValue(pledge.financialYear.startYear))"
        return try await store.transaction { session in
            let existing = try await session.query("SELECT position FROM resettlement_pledge WHERE \(inScope) \(key)").first?.int("position")
            let next =
                try await session.query("SELECT MAX(position) AS position FROM resettlement_pledge WHERE \(inScope) \(year)").first?.optionalInt(
                    "position") ?? 0
            try await session.execute("DELETE FROM resettlement_pledge WHERE \(inScope) \(key)")
            try await session.insert(into: "resettlement_pledge", columns: Self.pledgeColumns, rows: [row(pledge, position: existing ?? next + 1)])
            return existing != nil
        }
    }

    /// Replaces every pledge of the years the list covers with the list (an imported file), in
    /// the list's order. Returns how many pledges it replaced.
    public func replacePledges(with pledges: [Pledge]) async throws -> Int {
        let years: SQLStatement = "AND financial_year IN (\(list: Set(pledges.map(\.financialYear.startYear)).sorted().map { SQLValue($0) }))"
        let rows = pledges.enumerated().map { row($1, position: $0 + 1) }
        return try await store.transaction { session in
            guard !pledges.isEmpty else { return 0 }
            let replaced = try await count(session, "resettlement_pledge", where: years)
            try await session.execute("DELETE FROM resettlement_pledge WHERE \(inScope) \(years)")
            try await session.insert(into: "resettlement_pledge", columns: Self.pledgeColumns, rows: rows)
            return replaced
        }
    }

    private func row(_ pledge: Pledge, position: Int) -> [SQLValue] {
        scopeValues + [
            .text(pledge.laCode.rawValue), .integer(Int64(pledge.financialYear.startYear)), .integer(Int64(pledge.places)),
            .text(Self.encode(pledge.householdTypes)), .integer(Int64(pledge.accessibleHomes)), .text(Self.encode(pledge.meets)),
            .text(pledge.status.rawValue), .text(pledge.source), .integer(Int64(position)),
        ]
    }
}
