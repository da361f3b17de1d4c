import PartnershipStore

/// NRM counts from the latest imported NRM tables (UK-wide).
public struct NRMQuery: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// Referrals in a year (all quarters, or one), optionally for one age group.
    public func referrals(year: Int, quarter: Int? = nil, ageGroup: String? = nil) throws -> Int {
        guard let vintage = try ImportLedger(store: store).latestID(dataset: NRMReferralsTable().dataset) else { return 0 }
        var query = SQLQuery("SELECT COALESCE(SUM(people), 0) FROM nrm_referrals WHERE vintage_id = ? AND year = ?", [.integer(vintage), SQLValue(year)])
        query.and("quarter", equals: quarter.map { SQLValue($0) })
        query.and("age_group", equals: ageGroup.map(SQLValue.text))
        return try query.rows(in: store).first?.values.first?.int ?? 0
    }

    /// Decisions at a stage (`reasonable-grounds` / `conclusive-grounds`) in a year, by outcome.
    public func decisions(stage: NRMDecisionsTable.Stage, year: Int, outcome: String? = nil) throws -> Int {
        guard let vintage = try ImportLedger(store: store).latestID(dataset: NRMDecisionsTable(stage: stage).dataset) else { return 0 }
        var query = SQLQuery("SELECT COALESCE(SUM(people), 0) FROM nrm_decisions WHERE vintage_id = ? AND year = ?", [.integer(vintage), SQLValue(year)])
        query.and("outcome", equals: outcome.map(SQLValue.text))
        return try query.rows(in: store).first?.values.first?.int ?? 0
    }
}
