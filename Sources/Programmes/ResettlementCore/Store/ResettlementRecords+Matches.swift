import PartnershipCore
import PartnershipStore

extension ResettlementRecords {
    /// Accepted matches of one batch, or all.
    public func matches(batch: String? = nil) throws -> [Match] {
        let rows = try batch.map { try select("resettlement_match", where: " AND batch = ?", [.text($0)], orderBy: "case_ref") }
            ?? select("resettlement_match", orderBy: "batch, case_ref")
        return rows.compactMap { row in
            guard let code = ONSCode(row.string("la_code")), let day = Day(iso: row.string("matched_on")) else { return nil }
            return Match(
                batch: row.string("batch"), caseRef: CaseReference(stored: row.string("case_ref")), laCode: code,
                financialYear: FinancialYear(startYear: row.int("financial_year")), persons: row.int("persons"), matchedOn: day)
        }
    }

    /// Stores a batch's accepted matches in place of any earlier ones for that batch.
    public func replaceMatches(batch: String, with matches: [Match]) throws {
        try store.transaction { session in
            try session.execute("DELETE FROM resettlement_match WHERE \(scopeClause) AND batch = ?", scopeValues + [.text(batch)])
            try session.insert(
                into: "resettlement_match", columns: ["region", "scheme", "batch", "case_ref", "la_code", "financial_year", "persons", "matched_on"],
                rows: matches.map {
                    scopeValues + [.text(batch), .text($0.caseRef.rawValue), .text($0.laCode.rawValue), SQLValue($0.financialYear.startYear), SQLValue($0.persons), .text($0.matchedOn.description)]
                })
        }
    }
}
