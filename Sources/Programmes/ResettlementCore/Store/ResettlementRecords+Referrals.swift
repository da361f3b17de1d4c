import PartnershipCore
import PartnershipStore

extension ResettlementRecords {
    static let referralColumns = [
        "region", "scheme", "batch", "case_ref", "adults", "children_under_3", "children_3_4", "children_5_18", "needs", "referred_on", "source",
    ]

    /// Referrals of one batch, or all, in case-reference order.
    public func referrals(batch: String? = nil) async throws -> [Referral] {
        let rows = try await select(
            "resettlement_referral", where: batch.map { "AND batch = \(bind: .text($0))" }, orderBy: batch == nil ? "batch, case_ref" : "case_ref")
        return try rows.map { row in
            Referral(
                batch: try row.string("batch"), caseRef: CaseReference(stored: try row.string("case_ref")), household: try Self.household(row),
                needs: try Self.decode(row, "needs"), referredOn: try row.day("referred_on"), source: try row.string("source"))
        }
    }

    /// The batch ids with their number of households, in order.
    public func batches() async throws -> [(batch: String, households: Int)] {
        try await store.rows("SELECT batch, COUNT(*) AS households FROM resettlement_referral WHERE \(inScope) GROUP BY batch ORDER BY batch")
            .map { (try $0.string("batch"), try $0.int("households")) }
    }

    /// Replaces a batch with the given referrals, all or nothing. The batch's matches go (they were
    /// made for the old list); refused when a case is in another batch or a removed case has arrived.
    /// Returns how many referrals and matches were replaced.
    public func replaceBatch(_ batch: String, with referrals: [Referral]) async throws -> (referrals: Int, matches: Int) {
        let refs = referrals.map { SQLValue.text($0.caseRef.rawValue) }
        let kept = Set(referrals.map(\.caseRef.rawValue))
        let inBatch: SQLStatement = "AND batch = \(bind: .text(batch))"
        let rows = referrals.map { referral in
            let h = referral.household
            return scopeValues + [
                .text(batch), .text(referral.caseRef.rawValue), SQLValue(h.adults), SQLValue(h.childrenUnder3), SQLValue(h.children3to4),
                SQLValue(h.children5to18), .text(Self.encode(referral.needs)), .text(referral.referredOn.description), .text(referral.source),
            ]
        }
        return try await store.transaction { session in
            var problems: [String] = []
            if !refs.isEmpty {
                let elsewhere = try await session.query(
                    "SELECT case_ref, batch FROM resettlement_referral WHERE \(inScope) AND batch <> \(bind: .text(batch)) AND case_ref IN "
                        + "(\(list: refs))"
                )
                problems += try elsewhere.map {
                    "case \(try $0.string("case_ref")) is already in batch \(try $0.string("batch")); a case belongs to one batch"
                }
            }
            let arrived = try await session.query(
                """
                SELECT a.case_ref FROM resettlement_arrival a
                JOIN resettlement_referral r ON r.region = a.region AND r.scheme = a.scheme AND r.case_ref = a.case_ref
                WHERE a.region = \(bind: .text(scope.region)) AND a.scheme = \(bind: .text(scope.scheme.rawValue)) AND r.batch = \(bind: .text(batch))
                """)
            problems += try arrived.map { try $0.string("case_ref") }.filter { !kept.contains($0) }
                .map { "case \($0) has an arrival recorded but is not in the new file for batch \(batch); keep it in the file" }
            guard problems.isEmpty else { throw ResettlementError(problems) }
            let oldReferrals = try await count(session, "resettlement_referral", where: inBatch)
            let oldMatches = try await count(session, "resettlement_match", where: inBatch)
            try await session.execute("DELETE FROM resettlement_referral WHERE \(inScope) \(inBatch)")
            try await session.execute("DELETE FROM resettlement_match WHERE \(inScope) \(inBatch)")
            try await session.insert(into: "resettlement_referral", columns: Self.referralColumns, rows: rows)
            return (oldReferrals, oldMatches)
        }
    }
}
