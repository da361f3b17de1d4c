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

    /// One stored count of the referrals table: a quarter, age group and location of exploitation.
    public struct ReferralCell: Sendable, Hashable {
        public let year: Int
        public let quarter: Int
        public let ageGroup: String
        public let location: String
        public let people: Int
    }

    /// One stored count of a decisions table: a quarter, age group and outcome.
    public struct DecisionCell: Sendable, Hashable {
        public let year: Int
        public let quarter: Int
        public let ageGroup: String
        public let outcome: String
        public let people: Int
    }

    /// One stored count of the first-responder table (its own `Total` rows included, as published).
    public struct FirstResponderCell: Sendable, Hashable {
        public let year: Int
        public let quarter: Int
        public let firstResponder: String
        public let exploitationType: String
        public let ageGroup: String
        public let gender: String
        public let nationality: String
        public let people: Int
    }

    /// Every referral count of the latest import; nil when none is imported.
    public func referralCells() async throws -> [ReferralCell]? {
        guard let vintage = try await ImportLedger(store: store).latestID(dataset: NRMReferralsTable().dataset) else { return nil }
        return try await store.rows(
            "SELECT year, quarter, age_group, location, people FROM nrm_referrals WHERE vintage_id = \(bind: .integer(vintage)) ORDER BY year, quarter"
        ).map {
            ReferralCell(
                year: try $0.int("year"), quarter: try $0.int("quarter"), ageGroup: try $0.string("age_group"), location: try $0.string("location"),
                people: try $0.int("people"))
        }
    }

    /// Every decision count of a stage's latest import; nil when none is imported.
    public func decisionCells(stage: NRMDecisionsTable.Stage) async throws -> [DecisionCell]? {
        guard let vintage = try await ImportLedger(store: store).latestID(dataset: NRMDecisionsTable(stage: stage).dataset) else { return nil }
        return try await store.rows(
            "SELECT year, quarter, age_group, outcome, people FROM nrm_decisions WHERE vintage_id = \(bind: .integer(vintage)) ORDER BY year, quarter"
        ).map {
            DecisionCell(
                year: try $0.int("year"), quarter: try $0.int("quarter"), ageGroup: try $0.string("age_group"), outcome: try $0.string("outcome"),
                people: try $0.int("people"))
        }
    }

    /// Every count of the latest first-responder import; nil when none is imported.
    public func firstResponderCells() async throws -> [FirstResponderCell]? {
        guard let vintage = try await ImportLedger(store: store).latestID(dataset: NRMFirstResponderTable().dataset) else { return nil }
        return try await store.rows(
            """
            SELECT year, quarter, first_responder, exploitation_type, age_group, gender, nationality, people
            FROM nrm_first_responder_referrals WHERE vintage_id = \(bind: .integer(vintage))
            """
        ).map {
            FirstResponderCell(
                year: try $0.int("year"), quarter: try $0.int("quarter"), firstResponder: try $0.string("first_responder"),
                exploitationType: try $0.string("exploitation_type"), ageGroup: try $0.string("age_group"), gender: try $0.string("gender"),
                nationality: try $0.string("nationality"), people: try $0.int("people"))
        }
    }
}
