/// A cell of a section that is the sum of others (a total row or column), so that suppressing
/// one small count does not let a reader work it out by subtraction.
public struct SumConstraint: Sendable, Hashable {
    public struct Position: Sendable, Hashable {
        public let row: Int
        public let column: Int
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    public let total: Position
    public let parts: [Position]

    public init(total: Position, parts: [Position]) {
        self.total = total
        self.parts = parts
    }

    /// The last row holds the totals of the rows above, in each of `columns`.
    public static func totalRow(rows: Int, columns: [Int]) -> [SumConstraint] {
        guard rows > 1 else { return [] }
        return columns.map { column in
            SumConstraint(total: Position(row: rows - 1, column: column), parts: (0..<rows - 1).map { Position(row: $0, column: column) })
        }
    }

    /// In every row, `total` holds the sum of `parts`.
    public static func totalColumn(rows: Int, total: Int, parts: [Int]) -> [SumConstraint] {
        (0..<rows).map { row in SumConstraint(total: Position(row: row, column: total), parts: parts.map { Position(row: row, column: $0) }) }
    }
}
