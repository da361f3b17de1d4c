/// A `Table` as JSON: `{"title", "columns", "rows": [{column: value}], "notes"}`. Cells of
/// right-aligned (numeric) columns become numbers when they read as one (`1,234` → 1234).
enum TableJSON {
    enum Cell: Encodable {
        case number(Double), text(String)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let value):
                if value == value.rounded(), abs(value) < 1e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
            case .text(let value): try container.encode(value)
            }
        }
    }

    struct Payload: Encodable {
        let title: String?
        let columns: [String]
        let rows: [[String: Cell]]
        let notes: [String]
    }

    static func render(_ table: Table) -> String {
        let rows = table.rows.map { cells in
            Dictionary(table.columns.indices.filter { $0 < cells.count }.map { index -> (String, Cell) in
                let column = table.columns[index], text = cells[index]
                if column.alignment == .right, let number = Double(text.replacingOccurrences(of: ",", with: "")) {
                    return (column.title, .number(number))
                }
                return (column.title, .text(text))
            }, uniquingKeysWith: { first, _ in first })
        }
        let payload = Payload(title: table.title, columns: table.columns.map(\.title), rows: rows, notes: table.notes)
        return (try? JSONOutput.encode(payload)) ?? "{}\n"
    }
}
