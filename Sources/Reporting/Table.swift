/// A listing ready to render: columns, rows of text, and notes (sources, as-of dates, labels
/// such as "synthetic") that must travel with the figures in every format.
public struct Table: Sendable, Hashable {
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
    public let rows: [[String]]
    public let notes: [String]

    public init(title: String? = nil, columns: [Column], rows: [[String]], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}
