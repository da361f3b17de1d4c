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

    public init(title: String? = nil, columns: [Column], rows: [[ReportCell]], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// The same section with every cell passed through `transform`.
    public func mapCells(_ transform: (ReportCell) -> ReportCell) -> ReportSection {
        ReportSection(title: title, columns: columns, rows: rows.map { $0.map(transform) }, notes: notes)
    }
}
