import PartnershipStore

/// NRM counts from the latest imported NRM tables (UK-wide).
public struct NRMQuery: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// Referrals in a year (all quarters, or one), optionally for one age group.
    public func referrals(year: Int, quarter: Int? = nil, ageGroup: String? = nil) throws -> Int {
        guard let vintage = try ImportLedger(store: store).latestID(dataset: NRMReferralsTable().dataset) else { return 0 }
        var sql = "SELECT COALESCE(SUM(people), 0) FROM nrm_referrals WHERE vintage_id = ? AND year = ?"
        var arguments: [SQLValue] = [.integer(vintage), SQLValue(year)]
        if let quarter { sql += " AND quarter = ?"; arguments.append(SQLValue(quarter)) }
        if let ageGroup { sql += " AND age_group = ?"; arguments.append(.text(ageGroup)) }
        let query = sql, bound = arguments
        return try store.read { try $0.scalar(query, bound)?.int ?? 0 }
    }

    /// Decisions at a stage (`reasonable-grounds` / `conclusive-grounds`) in a year, by outcome.
    public func decisions(stage: NRMDecisionsTable.Stage, year: Int, outcome: String? = nil) throws -> Int {
        guard let vintage = try ImportLedger(store: store).latestID(dataset: NRMDecisionsTable(stage: stage).dataset) else { return 0 }
        var sql = "SELECT COALESCE(SUM(people), 0) FROM nrm_decisions WHERE vintage_id = ? AND year = ?"
        var arguments: [SQLValue] = [.integer(vintage), SQLValue(year)]
        if let outcome { sql += " AND outcome = ?"; arguments.append(.text(outcome)) }
        let query = sql, bound = arguments
        return try store.read { try $0.scalar(query, bound)?.int ?? 0 }
    }
}
