/// Footnotes for a section whose figures cite their own source and data date: each distinct
/// citation (or reason for a blank) is numbered once, in reading order, and every cell shows its
/// marker, so a reader can tell which table, release and date each figure comes from.
struct CellCitations {
    /// The display text of every cell, with its period and footnote marker.
    let rows: [[String]]
    /// `[n] citation`, one per distinct citation.
    let footnotes: [String]

    init(_ section: ReportSection) {
        var numbers: [String: Int] = [:]
        var footnotes: [String] = []
        func marker(_ citation: String?) -> String {
            guard let citation, !citation.isEmpty else { return "" }
            if let number = numbers[citation] { return " [\(number)]" }
            footnotes.append("[\(footnotes.count + 1)] \(citation)")
            numbers[citation] = footnotes.count
            return " [\(footnotes.count)]"
        }
        rows = section.rows.map { row in
            row.map { cell in
                let text = CellText.display(cell)
                guard section.citesCells else { return text }
                let period = cell.period.map { " (\($0))" } ?? ""
                return text + period + marker(Self.citation(cell))
            }
        }
        self.footnotes = footnotes
    }

    /// What a cell's footnote says: its source and data date, or why it is blank.
    static func citation(_ cell: ReportCell) -> String? {
        switch cell.value {
        case .noData(let reason): return "no figure: \(reason)"
        case .off, .suppressed, .withheld, .text: return nil
        default:
            guard let source = cell.source else { return cell.asOf.map { "data as of \($0)" } }
            return source + (cell.asOf.map { "; data as of \($0)" } ?? "")
        }
    }
}
