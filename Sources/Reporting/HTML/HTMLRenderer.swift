import Foundation
import Mustache

/// A `Report` as one self-contained HTML page (inline CSS and SVG, no script, no network), from
/// the swift-mustache template in `Templates/`: headings, table headers with scope, a footnote per
/// source and data date, charts with text alternatives, and a banner when any figure is synthetic.
enum HTMLRenderer {
    static func resource(_ name: String, _ ext: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Templates") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    static let template: MustacheTemplate? = resource("report", "mustache").flatMap { try? MustacheTemplate(string: $0) }
    static let css = resource("govuk", "css") ?? ""

    static func render(_ report: Report, generated: String = "", chrome: PageChrome = PageChrome()) -> String {
        guard let template else { return "<!DOCTYPE html><p>The HTML template is missing from this build (Sources/Reporting/Templates).</p>\n" }
        let everything = ([report.title ?? ""] + report.notes + report.sections.flatMap { [$0.title ?? ""] + $0.notes }).joined(separator: " ")
        var context: [String: Any] = [
            "pageTitle": report.title ?? report.sections.first?.title ?? "Report",
            "css": css,
            "generated": generated,
            "synthetic": everything.uppercased().contains("SYNTHETIC"),
            "sections": report.sections.enumerated().map { index, part in
                // A page without its own title takes its first section's, which is then not repeated.
                section(part, number: index + 1, showTitle: !(index == 0 && report.title == nil))
            },
            "hasReportNotes": !report.notes.isEmpty,
            "reportNotes": report.notes,
        ]
        context.merge(chrome.context) { current, _ in current }
        return template.render(context)
    }

    static func section(_ section: ReportSection, number: Int, showTitle: Bool) -> [String: Any] {
        let id = "s\(number)"
        let citations = CellCitations(section)
        let rows: [[String: Any]] = citations.cells.map { row in
            [
                "cells": row.enumerated().map { index, cell -> [String: Any] in
                    var values: [String: Any] = [
                        "first": index == 0, "text": cell.text, "sectionId": id,
                        "align": index < section.columns.count && section.columns[index].alignment == .right ? "right" : "",
                    ]
                    if let period = cell.period { values["period"] = period }
                    if let marker = cell.marker { values["marker"] = marker }
                    return values
                }
            ]
        }
        let charts = section.charts.enumerated().map { index, chart -> [String: Any] in
            ["svg": SVGChart.render(chart, id: "\(id)-c\(index)"), "chartTitle": chart.title]
        }
        let multiples = section.rowCharts.isEmpty ? [] : smallMultiples(section, id: id)
        return [
            "sectionId": id, "number": number,
            "hasTitle": showTitle && section.title != nil, "sectionTitle": section.title ?? "",
            "tableLabel": section.title ?? "Table \(number)",
            "columns": section.columns.map { ["columnTitle": $0.title, "align": $0.alignment == .right ? "right" : ""] },
            "rows": rows, "charts": charts, "hasMultiples": !multiples.isEmpty, "multiples": multiples,
            "hasFootnotes": !citations.citations.isEmpty,
            "footnotes": citations.citations.enumerated().map { ["number": $0.offset + 1, "citation": $0.element, "sectionId": id] },
            "sectionNotes": section.notes,
        ]
    }

    /// One small bar chart per row with at least two figures, across the columns, from the cells
    /// as shown (suppressed and withheld figures are not drawn).
    static func smallMultiples(_ section: ReportSection, id: String) -> [[String: Any]] {
        section.rows.enumerated().compactMap { index, row -> [String: Any]? in
            let bars = row.enumerated().compactMap { column, cell -> ReportChart.Bar? in
                guard column < section.columns.count, section.rowCharts.contains(section.columns[column].title), let value = number(cell) else {
                    return nil
                }
                return ReportChart.Bar(label: section.columns[column].title, value: value)
            }
            guard bars.count >= 2 else { return nil }
            let title = row.prefix(while: { !$0.isNumeric }).prefix(2).map(CellText.display).joined(separator: ": ")
            return [
                "svg": SVGChart.render(ReportChart.bars(title: title, bars: bars, referenceLabel: nil), id: "\(id)-m\(index)"), "chartTitle": title,
            ]
        }
    }

    static func number(_ cell: ReportCell) -> Double? {
        switch cell.value {
        case .people(let n), .count(let n): Double(n)
        case .rate(let v, _), .percentage(let v, _): v
        case .money(let pence): Double(pence) / 100
        default: nil
        }
    }
}
