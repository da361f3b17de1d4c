import CSV
import Foundation

/// Renders a `Table` as aligned text, Markdown, CSV or JSON. Notes (sources, as-of dates) go with
/// the figures in every format. Commands with a richer payload may write their own JSON.
public enum TableRenderer {
    public static func render(_ table: Table, as format: OutputFormat) -> String {
        switch format {
        case .table: text(table)
        case .json: TableJSON.render(table)
        case .markdown: markdown(table)
        case .csv: csv(table)
        }
    }

    public static func text(_ table: Table) -> String {
        let widths = table.columns.indices.map { index in
            max(table.columns[index].title.count, table.rows.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            table.columns.indices.map { index in
                let cell = index < cells.count ? cells[index] : ""
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return table.columns[index].alignment == .right ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var out: [String] = []
        if let title = table.title { out += [title, ""] }
        out.append(line(table.columns.map(\.title)))
        out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        out += table.rows.map(line)
        if !table.notes.isEmpty { out += [""] + table.notes.map { "Note: \($0)" } }
        return out.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ table: Table) -> String {
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var out: [String] = []
        if let title = table.title { out += ["## \(escape(title))", ""] }
        out.append("| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |")
        out.append("|" + table.columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined())
        out += table.rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        if !table.notes.isEmpty { out += [""] + table.notes.map { "- \($0)" } }
        return out.joined(separator: "\n") + "\n"
    }

    /// A plain CSV file (header and rows, no notes), e.g. for files other commands import.
    public static func csv(header: [String], rows: [[String]]) -> String {
        csv(Table(columns: header.map { Table.Column($0) }, rows: rows))
    }

    /// RFC 4180 CSV via CSV.swift; notes follow as `# ` lines so sources stay with the figures.
    public static func csv(_ table: Table) -> String {
        let stream = OutputStream(toMemory: ())
        guard let writer = try? CSVWriter(stream: stream) else { return "" }
        try? writer.write(row: table.columns.map(\.title))
        for row in table.rows { try? writer.write(row: row) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        var text = String(decoding: data, as: UTF8.self)
        if !text.hasSuffix("\n") { text += "\n" }
        for note in table.notes { text += "# \(note)\n" }
        return text
    }
}
