import PartnershipCore
import PartnershipStore

extension ResettlementRecords {
    static let pledgeColumns = ["region", "scheme", "la_code", "financial_year", "places", "household_types", "accessible_homes", "meets", "status", "source", "position"]

    /// Pledges, in the order they were entered within each year; one year or all.
    public func pledges(financialYear: FinancialYear? = nil) throws -> [Pledge] {
        let rows = try financialYear.map { try select("resettlement_pledge", where: " AND financial_year = ?", [.integer(Int64($0.startYear))], orderBy: "financial_year, position") }
            ?? select("resettlement_pledge", orderBy: "financial_year, position")
        return rows.compactMap { row in
            guard let code = ONSCode(row.string("la_code")), let status = PledgeStatus(rawValue: row.string("status")) else { return nil }
            return Pledge(
                laCode: code, financialYear: FinancialYear(startYear: row.int("financial_year")), places: row.int("places"),
                householdTypes: Self.decode(row.string("household_types")), accessibleHomes: row.int("accessible_homes"),
                meets: Self.decode(row.string("meets")), status: status, source: row.string("source"), position: row.int("position"))
        }
    }

    /// Adds a pledge, or replaces the LA's pledge for that year (keeping its place in the order).
    /// Returns true when it replaced one.
    @discardableResult
    public func save(_ pledge: Pledge) throws -> Bool {
        try store.transaction { session in
            let key = scopeValues + [.text(pledge.laCode.rawValue), .integer(Int64(pledge.financialYear.startYear))]
            let existing = try session.scalar("SELECT position FROM resettlement_pledge WHERE \(scopeClause) AND la_code = ? AND financial_year = ?", key)?.int
            let next = try session.scalar("SELECT MAX(position) FROM resettlement_pledge WHERE \(scopeClause) AND financial_year = ?", scopeValues + [key[3]])?.int ?? 0
            try session.execute("DELETE FROM resettlement_pledge WHERE \(scopeClause) AND la_code = ? AND financial_year = ?", key)
            try session.insert(into: "resettlement_pledge", columns: Self.pledgeColumns, rows: [row(pledge, position: existing ?? next + 1)])
            return existing != nil
        }
    }

    /// Replaces every pledge of the years the list covers with the list (an imported file), in
    /// the list's order. Returns how many pledges it replaced.
    public func replacePledges(with pledges: [Pledge]) throws -> Int {
        let years = Set(pledges.map(\.financialYear.startYear)).sorted().map { SQLValue.integer(Int64($0)) }
        return try store.transaction { session in
            let marks = SQLDialect.marks(years.count)
            let replaced = try session.scalar("SELECT COUNT(*) FROM resettlement_pledge WHERE \(scopeClause) AND financial_year IN (\(marks))", scopeValues + years)?.int ?? 0
            try session.execute("DELETE FROM resettlement_pledge WHERE \(scopeClause) AND financial_year IN (\(marks))", scopeValues + years)
            try session.insert(into: "resettlement_pledge", columns: Self.pledgeColumns, rows: pledges.enumerated().map { row($1, position: $0 + 1) })
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
