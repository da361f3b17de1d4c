/// The cells that differ between two runs of the same report sections (today's rules and a
/// what-if), one row per changed cell: which row, which measure, both values and the change.
public enum SectionDifference {
    public static func rows(today: [ReportSection], whatIf: [ReportSection], region: String) -> [[ReportCell]] {
        var rows: [[ReportCell]] = []
        for (before, after) in zip(today, whatIf) where before.columns == after.columns {
            for (old, new) in zip(before.rows, after.rows) {
                let key = old.prefix(2).map(CellText.display).filter { !$0.isEmpty }.joined(separator: " ")
                for (index, column) in before.columns.enumerated() where index < old.count && index < new.count {
                    // As a reader sees them: a change below the shown precision is not a change.
                    guard CellText.display(old[index]) != CellText.display(new[index]) else { continue }
                    rows.append([.text(region), .text(key), .text(column.title), old[index], new[index], change(old[index], new[index])])
                }
            }
        }
        return rows
    }

    /// The difference of two figures of the same kind; blank for text.
    static func change(_ old: ReportCell, _ new: ReportCell) -> ReportCell {
        switch (old.value, new.value) {
        case (.count(let a), .count(let b)), (.people(let a), .people(let b)):
            let (difference, overflow) = b.subtractingReportingOverflow(a)
            return overflow ? .blank : ReportCell(.count(difference))
        case (.rate(let a, let places), .rate(let b, _)): return .rate(b - a, places: places)
        case (.percentage(let a, let places), .percentage(let b, _)): return .percentage(b - a, places: places)
        case (.money(let a), .money(let b)):
            let (difference, overflow) = b.subtractingReportingOverflow(a)
            return overflow ? .blank : .money(pence: difference)
        default: return .blank
        }
    }
}
