import PartnershipCore
import PartnershipStore

/// Imported ONS mid-year estimates: the population of LAs (today's codes) in a year, all ages or an age range.
public struct PopulationQuery: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// People in each LA; ages `0...17` for children. Uses the newest vintage holding that year and tier.
    public func population(
        of codes: [ONSCode], year: Int, tier: PopulationTable.Tier = .lower, ages: ClosedRange<Int> = 0...PopulationTable.oldest
    ) async throws -> [ONSCode: Int] {
        guard !codes.isEmpty else { return [:] }
        let dataset = PopulationTable(tier: tier).dataset
        let rows = try await store.rows(
            """
            SELECT la_code, SUM(people) AS people FROM population
            WHERE vintage_id = (SELECT max(p.vintage_id) FROM population p JOIN import_vintage v ON v.id = p.vintage_id
                                WHERE v.dataset = \(bind: .text(dataset)) AND p.year = \(bind: SQLValue(year)))
            AND age >= \(bind: SQLValue(ages.lowerBound)) AND age <= \(bind: SQLValue(ages.upperBound))
            AND la_code IN (\(list: codes.map { .text($0.rawValue) }))
            GROUP BY la_code
            """)
        return Dictionary(try rows.map { (try $0.code("la_code"), try $0.int("people")) }, uniquingKeysWith: +)
    }
}
