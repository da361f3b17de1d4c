import PartnershipStore

/// NRM counts from the latest imported NRM tables (UK-wide).
public struct NRMQuery: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// Referrals in a year (all quarters, or one), optionally for one age group; nil when no NRM
    /// referrals table has been imported.
    public func referrals(year: Int, quarter: Int? = nil, ageGroup: String? = nil) async throws -> Int? {
        guard let vintage = try await ImportLedger(store: store).latestID(dataset: NRMReferralsTable().dataset) else { return nil }
        var query: SQLStatement =
            "SELECT COALESCE(SUM(people), 0) AS people FROM nrm_referrals WHERE vintage_id = \(bind: .integer(vintage)) AND year = "
            + "\(bind: SQLValue(year))"
        query.and("quarter", equals: quarter.map { SQLValue($0) })
        query.and("age_group", equals: ageGroup.map(SQLValue.text))
        return try await store.rows(query).first?.int("people") ?? 0
    }

    /// Decisions at a stage (`reasonable-grounds` / `conclusive-grounds`) in a year, by outcome;
    /// nil when that stage's table has not been imported.
    public func decisions(stage: NRMDecisionsTable.Stage, year: Int, outcome: String? = nil) async throws -> Int? {
        guard let vintage = try await ImportLedger(store: store).latestID(dataset: NRMDecisionsTable(stage: stage).dataset) else { return nil }
        var query: SQLStatement =
            "SELECT COALESCE(SUM(people), 0) AS people FROM nrm_decisions WHERE vintage_id = \(bind: .integer(vintage)) AND year = "
            + "\(bind: SQLValue(year))"
        query.and("outcome", equals: outcome.map(SQLValue.text))
        return try await store.rows(query).first?.int("people") ?? 0
    }
}
