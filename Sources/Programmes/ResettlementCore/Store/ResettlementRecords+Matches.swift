import PartnershipCore
import PartnershipStore

extension ResettlementRecords {
    /// Accepted matches of one batch, or all.
    public func matches(batch: String? = nil) async throws -> [Match] {
        let rows = try await select(
            "resettlement_match", where: batch.map { "AND batch = \(bind: .text($0))" }, orderBy: batch == nil ? "batch, case_ref" : "case_ref")
        return try rows.map { row in
            Match(
                batch: try row.string("batch"), caseRef: CaseReference(stored: try row.string("case_ref")), laCode: try row.code("la_code"),
                financialYear: FinancialYear(startYear: try row.int("financial_year")), persons: try row.int("persons"),
                matchedOn: try row.day("matched_on"))
        }
    }

    /// Stores a batch's accepted matches in place of any earlier ones for that batch.
    public func replaceMatches(batch: String, with matches: [Match]) async throws {
        let rows = matches.map {
            scopeValues + [
                .text(batch), .text($0.caseRef.rawValue), .text($0.laCode.rawValue), SQLValue($0.financialYear.startYear), SQLValue($0.persons),
                .text($0.matchedOn.description),
            ]
        }
        try await store.transaction { session in
            try await session.execute("DELETE FROM resettlement_match WHERE \(inScope) AND batch = \(bind: .text(batch))")
            try await session.insert(
                into: "resettlement_match", columns: ["region", "scheme", "batch", "case_ref", "la_code", "financial_year", "persons", "matched_on"],
                rows: rows)
        }
    }
}
