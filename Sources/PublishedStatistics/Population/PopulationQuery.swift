import PartnershipCore
import PartnershipStore

/// Imported ONS mid-year estimates: the population of LAs (today's codes) in a year, all ages or an age range.
public struct PopulationQuery: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// People in each LA; ages `0...17` for children. Uses the newest vintage holding that year and tier.
    public func population(
        of codes: [ONSCode], year: Int, tier: PopulationTable.Tier = .lower, ages: ClosedRange<Int> = 0...PopulationTable.oldest
    ) throws -> [ONSCode: Int] {
        let dataset = PopulationTable(tier: tier).dataset
        let sql = """
            SELECT la_code, SUM(people) AS people FROM population
            WHERE vintage_id = (SELECT max(p.vintage_id) FROM population p JOIN import_vintage v ON v.id = p.vintage_id WHERE v.dataset = ? AND p.year = ?)
            AND age >= ? AND age <= ? AND la_code IN (\(SQLDialect.marks(codes.count)))
            GROUP BY la_code
            """
        let arguments: [SQLValue] = [.text(dataset), SQLValue(year), SQLValue(ages.lowerBound), SQLValue(ages.upperBound)] + codes.map { .text($0.rawValue) }
        let rows = try store.read { try $0.query(sql, arguments) }
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in ONSCode(row.string("la_code")).map { ($0, row.int("people")) } })
    }
}
