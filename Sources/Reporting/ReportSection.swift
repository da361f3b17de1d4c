/// A titled table of typed cells with the notes (sources, as-of dates, labels such as
/// "synthetic") that must travel with its figures in every format.
public struct ReportSection: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        public let title: String
        public let alignment: Alignment
        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public enum Alignment: Sendable, Hashable { case left, right }

    public let title: String?
    public let columns: [Column]
    public let rows: [[ReportCell]]
    public let notes: [String]
    /// Cells that are sums of others, so suppression can protect what a total would give away.
    public let constraints: [SumConstraint]
    /// Whether each figure cites its own source and data date (a footnote marker in the table and
    /// Markdown): for sections whose cells come from different tables, dates or regions.
    public let citesCells: Bool
    /// Charts drawn from the section's figures in HTML (the table holds the same figures).
    public let charts: [ReportChart]
    /// Draw each row's figures in these columns as a small bar chart (small multiples), from the
    /// cells as shown, so suppressed figures stay suppressed; none when empty.
    public let rowCharts: [String]

    public init(
        title: String? = nil, columns: [Column], rows: [[ReportCell]], notes: [String] = [], constraints: [SumConstraint] = [],
        citesCells: Bool = false, charts: [ReportChart] = [], rowCharts: [String] = []
    ) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.constraints = constraints
        self.citesCells = citesCells
        self.charts = charts
        self.rowCharts = rowCharts
    }

    /// The same section with every cell passed through `transform`.
    public func mapCells(_ transform: (ReportCell) -> ReportCell) -> ReportSection {
        ReportSection(
            title: title, columns: columns, rows: rows.map { $0.map(transform) }, notes: notes, constraints: constraints, citesCells: citesCells,
            charts: charts, rowCharts: rowCharts)
    }

    /// The section as `viewer` may see it: small counts of another region's records suppressed,
    /// and any cell that would let one be worked out from a total withheld.
    public func suppressingSmallCounts(for viewer: Audience) -> ReportSection {
        ComplementarySuppression.apply(mapCells { viewer.sees($0) }, original: self)
    }
}
