/// Footnotes for a section whose figures cite their own source and data date: each distinct
/// citation (or reason for a blank) is numbered once, in reading order, and every cell knows its
/// number, so a reader can tell which table, release and date each figure comes from.
struct CellCitations {
    struct Cell {
        let text: String
        let period: String?
        let marker: Int?

        /// The cell as plain text: value, period in brackets, then the marker.
        var display: String { text + (period.map { " (\($0))" } ?? "") + (marker.map { " [\($0)]" } ?? "") }
    }

    let cells: [[Cell]]
    /// The citations, in marker order (marker n is `footnotes[n - 1]`).
    let citations: [String]

    /// Every cell's display text, with its period and footnote marker.
    var rows: [[String]] { cells.map { $0.map(\.display) } }
    /// `[n] citation`, one per distinct citation.
    var footnotes: [String] { citations.enumerated().map { "[\($0.offset + 1)] \($0.element)" } }

    init(_ section: ReportSection) {
        var numbers: [String: Int] = [:]
        var citations: [String] = []
        cells = section.rows.map { row in
            row.map { cell in
                let text = CellText.display(cell)
                guard section.citesCells else { return Cell(text: text, period: nil, marker: nil) }
                var marker: Int?
                if let citation = Self.citation(cell), !citation.isEmpty {
                    if let number = numbers[citation] {
                        marker = number
                    } else {
                        citations.append(citation)
                        numbers[citation] = citations.count
                        marker = citations.count
                    }
                }
                return Cell(text: text, period: cell.period, marker: marker)
            }
        }
        self.citations = citations
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
