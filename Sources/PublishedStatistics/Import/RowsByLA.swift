import PartnershipCore

/// A release's rows read once, with the positions of each LA's rows, so a question about some LAs
/// picks theirs out in the rows' own order without looking at every row again.
struct RowsByLA<Row: Sendable>: Sendable {
    let rows: [Row]
    private let positions: [ONSCode: [Int]]

    init(_ rows: [Row], code: (Row) -> ONSCode?) {
        self.rows = rows
        var positions: [ONSCode: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            if let code = code(row) { positions[code, default: []].append(index) }
        }
        self.positions = positions
    }

    /// The rows of the LAs given (rows without a code are never among them); every row when nil.
    func rows(in codes: [ONSCode]?) -> [Row] {
        guard let codes else { return rows }
        var picked: [Int] = []
        for code in Set(codes) { picked += positions[code] ?? [] }
        picked.sort()
        return picked.map { rows[$0] }
    }
}
