import CSV
import Foundation

/// Renders a `Report` as a terminal table, Markdown, CSV or JSON, each written once from the
/// typed model. Notes (sources, as-of dates) go with the figures in the table, Markdown and JSON;
/// CSV holds only the data (header and rows) and its notes are written apart (`notes(_:)`).
public enum ReportRenderer {
    public static func render(_ report: Report, as format: OutputFormat) -> String {
        switch format {
        case .table: text(report)
        case .markdown: markdown(report)
        case .csv: csv(report)
        case .json: ReportJSON.render(report)
        case .html: HTMLRenderer.render(report)
        }
    }

    public static func render(_ section: ReportSection, as format: OutputFormat) -> String {
        render(Report(section), as: format)
    }

    // MARK: Terminal table

    public static func text(_ report: Report) -> String {
        var out: [String] = []
        if let title = report.title { out += [title, ""] }
        for (index, section) in report.sections.enumerated() {
            if index > 0 { out.append("") }
            out.append(text(section))
        }
        if !report.notes.isEmpty { out += [""] + report.notes.map { "Note: \($0)" } }
        return out.joined(separator: "\n") + "\n"
    }

    static func text(_ section: ReportSection) -> String {
        let citations = CellCitations(section)
        let cells = citations.rows
        let widths = section.columns.indices.map { index in
            max(section.columns[index].title.count, cells.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0)
        }
        func line(_ row: [String]) -> String {
            section.columns.indices.map { index in
                let cell = index < row.count ? row[index] : ""
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return section.columns[index].alignment == .right ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        var out: [String] = []
        if let title = section.title { out += [title, ""] }
        out.append(line(section.columns.map(\.title)))
        out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        out += cells.map(line)
        if !citations.footnotes.isEmpty { out += [""] + citations.footnotes }
        if !section.notes.isEmpty { out += [""] + section.notes.map { "Note: \($0)" } }
        return out.joined(separator: "\n")
    }

    // MARK: Markdown

    public static func markdown(_ report: Report) -> String {
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var out: [String] = []
        if let title = report.title { out += ["# \(escape(title))", ""] }
        for section in report.sections {
            if let title = section.title { out += ["## \(escape(title))", ""] }
            out.append("| " + section.columns.map { escape($0.title) }.joined(separator: " | ") + " |")
            out.append("|" + section.columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined())
            let citations = CellCitations(section)
            out += citations.rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
            if !citations.footnotes.isEmpty { out += [""] + citations.footnotes.map { "- \(escape($0))" } }
            if !section.notes.isEmpty { out += [""] + section.notes.map { "- \($0)" } }
            out.append("")
        }
        if !report.notes.isEmpty { out += report.notes.map { "- \($0)" } }
        return out.joined(separator: "\n") + (out.last == "" ? "" : "\n")
    }

    // MARK: CSV

    /// RFC 4180 CSV via CSV.swift: header and rows with plain numbers (no separators, no symbols);
    /// sections follow one another after a blank line. No comment rows: notes are written apart.
    public static func csv(_ report: Report) -> String {
        report.sections.map(csv).joined(separator: "\n")
    }

    static func csv(_ section: ReportSection) -> String {
        csv(header: section.columns.map(\.title), rows: section.rows.map { $0.map(CellText.plain) })
    }

    /// A plain CSV file from text rows (e.g. the files other commands import).
    public static func csv(header: [String], rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        guard let writer = try? CSVWriter(stream: stream) else { return "" }
        try? writer.write(row: header)
        for row in rows { try? writer.write(row: row) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        var text = String(decoding: data, as: UTF8.self)
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }

    /// The notes of a report (sources, as-of dates, labels), one per line: what goes beside a CSV.
    public static func notes(_ report: Report) -> String {
        let all = report.notes + report.sections.flatMap(\.notes)
        return all.isEmpty ? "" : all.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The line without trailing spaces (leading ones align a right-aligned first column).
    fileprivate var trimmingTrailingSpaces: String {
        var line = self
        while line.last == " " { line.removeLast() }
        return line
    }
}
