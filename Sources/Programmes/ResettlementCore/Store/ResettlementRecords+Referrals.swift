import PartnershipCore
import PartnershipStore

extension ResettlementRecords {
    static let referralColumns = ["region", "scheme", "batch", "case_ref", "adults", "children_under_3", "children_3_4", "children_5_18", "needs", "referred_on", "source"]

    /// Referrals of one batch, or all, in case-reference order.
    public func referrals(batch: String? = nil) throws -> [Referral] {
        let rows = try batch.map { try select("resettlement_referral", where: " AND batch = ?", [.text($0)], orderBy: "case_ref") }
            ?? select("resettlement_referral", orderBy: "batch, case_ref")
        return rows.compactMap { row in
            guard let day = Day(iso: row.string("referred_on")) else { return nil }
            return Referral(
                batch: row.string("batch"), caseRef: CaseReference(stored: row.string("case_ref")),
                household: Household(adults: row.int("adults"), childrenUnder3: row.int("children_under_3"), children3to4: row.int("children_3_4"), children5to18: row.int("children_5_18")),
                needs: Self.decode(row.string("needs")), referredOn: day, source: row.string("source"))
        }
    }

    /// The batch ids with their number of households, in order.
    public func batches() throws -> [(batch: String, households: Int)] {
        try store.read {
            try $0.query("SELECT batch, COUNT(*) AS households FROM resettlement_referral WHERE \(scopeClause) GROUP BY batch ORDER BY batch", scopeValues)
        }.map { ($0.string("batch"), $0.int("households")) }
    }

    /// Replaces a batch with the given referrals, all or nothing. The batch's matches go (they were
    /// made for the old list); refused when a case is in another batch or a removed case has arrived.
    /// Returns how many referrals and matches were replaced.
    public func replaceBatch(_ batch: String, with referrals: [Referral]) throws -> (referrals: Int, matches: Int) {
        try store.transaction { session in
            let refs = referrals.map { SQLValue.text($0.caseRef.rawValue) }
            var problems: [String] = []
            if !refs.isEmpty {
                let elsewhere = try session.query(
                    "SELECT case_ref, batch FROM resettlement_referral WHERE \(scopeClause) AND batch <> ? AND case_ref IN (\(SQLDialect.marks(refs.count)))",
                    scopeValues + [.text(batch)] + refs)
                problems += elsewhere.map { "case \($0.string("case_ref")) is already in batch \($0.string("batch")); a case belongs to one batch" }
            }
            let kept = Set(referrals.map(\.caseRef.rawValue))
            let arrived = try session.query(
                "SELECT a.case_ref FROM resettlement_arrival a JOIN resettlement_referral r ON r.region = a.region AND r.scheme = a.scheme AND r.case_ref = a.case_ref WHERE a.region = ? AND a.scheme = ? AND r.batch = ?",
                scopeValues + [.text(batch)])
            problems += arrived.map { $0.string("case_ref") }.filter { !kept.contains($0) }
                .map { "case \($0) has an arrival recorded but is not in the new file for batch \(batch); keep it in the file" }
            guard problems.isEmpty else { throw ResettlementError(problems) }
            let oldReferrals = try session.scalar("SELECT COUNT(*) FROM resettlement_referral WHERE \(scopeClause) AND batch = ?", scopeValues + [.text(batch)])?.int ?? 0
            let oldMatches = try session.scalar("SELECT COUNT(*) FROM resettlement_match WHERE \(scopeClause) AND batch = ?", scopeValues + [.text(batch)])?.int ?? 0
            try session.execute("DELETE FROM resettlement_referral WHERE \(scopeClause) AND batch = ?", scopeValues + [.text(batch)])
            try session.execute("DELETE FROM resettlement_match WHERE \(scopeClause) AND batch = ?", scopeValues + [.text(batch)])
            try session.insert(into: "resettlement_referral", columns: Self.referralColumns, rows: referrals.map { referral in
                let h = referral.household
                return scopeValues + [
                    .text(batch), .text(referral.caseRef.rawValue), SQLValue(h.adults), SQLValue(h.childrenUnder3), SQLValue(h.children3to4),
                    SQLValue(h.children5to18), .text(Self.encode(referral.needs)), .text(referral.referredOn.description), .text(referral.source),
                ]
            })
            return (oldReferrals, oldMatches)
        }
    }
}
