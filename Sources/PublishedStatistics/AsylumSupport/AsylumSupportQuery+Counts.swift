import PartnershipCore
import PartnershipStore

extension AsylumSupportQuery {
    /// People per quarter end and LA (today's codes) on each selection, summed by the store in one
    /// pass over the quarter ends from `from` through `through` (either open) and the LAs given
    /// (every LA when nil). An LA appears in a selection's counts when at least one of its rows is
    /// selected, as a sum of those rows would have it: a selection's sum is NULL exactly when none
    /// of the LA's rows at the quarter end is selected (0 when the rows selected hold 0 people).
    public func counts(
        on selections: [AsylumSupportSelection], in codes: [ONSCode]?, from: Day?, through: Day?, vintage: Int64
    ) async throws -> [[Day: [ONSCode: Int]]] {
        guard !selections.isEmpty else { return [] }
        var query: SQLStatement = "SELECT snapshot, la_code"
        for (index, selection) in selections.enumerated() {
            query = query + ", CAST(SUM(CASE WHEN \(selection.condition) THEN people END) AS BIGINT) AS people_\(raw: String(index))"
        }
        query.append("FROM asylum_support WHERE vintage_id = \(bind: .integer(vintage)) AND la_code IS NOT NULL")
        if let from { query.append("AND snapshot >= \(bind: .text(from.description))") }
        if let through { query.append("AND snapshot <= \(bind: .text(through.description))") }
        query.and("la_code", in: codes?.map { .text($0.rawValue) })
        query.append("AND \(SQLStatement.anyOf(selections.map(\.condition)))")
        query.append("GROUP BY snapshot, la_code")
        var result = [[Day: [ONSCode: Int]]](repeating: [:], count: selections.count)
        // Column names made once, not per row; rows come grouped by quarter end, so each
        // quarter's date is parsed once.
        let names = selections.indices.map { "people_\($0)" }
        var quarter: (text: String, day: Day)?
        for row in try await store.rows(query) {
            let text = try row.string("snapshot")
            let day: Day
            if let quarter, quarter.text == text { day = quarter.day } else { day = try row.day("snapshot"); quarter = (text, day) }
            let code = try row.code("la_code")
            for (index, name) in names.enumerated() {
                guard let people = try row.optionalInt(name) else { continue }
                result[index][day, default: [:]][code, default: 0] += people
            }
        }
        return result
    }
}
