/// Secondary suppression: after small counts are hidden, a total that adds up a hidden count is
/// withheld too (and, in turn, any total that adds up a withheld one), so that no hidden count can
/// be worked out by subtracting shown figures from a shown total. A total hidden with every part
/// shown withholds its smallest non-zero part. A withheld cell shows `c` (not `<5`, which would be
/// false for it). Totals, not other counts, are given up: the detail a reader came for stays.
enum ComplementarySuppression {
    static func apply(_ section: ReportSection, original: ReportSection) -> ReportSection {
        guard !section.constraints.isEmpty else { return section }
        var rows = section.rows
        let truth = original.rows
        func value(_ p: SumConstraint.Position) -> Int? {
            guard p.row < truth.count, p.column < truth[p.row].count, case .people(let n) = truth[p.row][p.column].value else { return nil }
            return n
        }
        func hidden(_ p: SumConstraint.Position) -> Bool {
            switch rows[p.row][p.column].value {
            case .suppressed, .withheld: true
            default: false
            }
        }
        func withhold(_ p: SumConstraint.Position) { rows[p.row][p.column] = rows[p.row][p.column].with(.withheld) }
        let constraints = section.constraints.filter { c in ([c.total] + c.parts).allSatisfy { value($0) != nil } }
        var changed = true
        while changed {
            changed = false
            for constraint in constraints {
                let hiddenParts = constraint.parts.filter(hidden)
                if !hiddenParts.isEmpty && !hidden(constraint.total) {
                    withhold(constraint.total)
                    changed = true
                } else if hiddenParts.isEmpty && hidden(constraint.total) {
                    let parts = constraint.parts.filter { (value($0) ?? 0) > 0 }.sorted {
                        (value($0)!, $0.row, $0.column) < (value($1)!, $1.row, $1.column)
                    }
                    if let smallest = parts.first {
                        withhold(smallest)
                        changed = true
                    }
                }
            }
        }
        return ReportSection(
            title: section.title, columns: section.columns, rows: rows, notes: section.notes, constraints: section.constraints,
            citesCells: section.citesCells, charts: section.charts, rowCharts: section.rowCharts)
    }
}
