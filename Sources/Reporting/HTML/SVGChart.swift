/// Draws a `ReportChart` as self-contained SVG: no script, no external font, text for every
/// value so the chart reads without colour, and a title and description for screen readers.
enum SVGChart {
    static let ink = "#0b0c0c", blue = "#1d70b8", grey = "#b1b4b6", red = "#d4351c"

    static func render(_ chart: ReportChart, id: String) -> String {
        switch chart {
        case .bars(let title, let items, let referenceLabel): barChart(title: title, bars: items, referenceLabel: referenceLabel, id: id)
        case .line(let title, let points, let reference, let referenceLabel, let marks):
            line(title: title, points: points, reference: reference, referenceLabel: referenceLabel, marks: marks, id: id)
        }
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? NumberFormat.grouped(Int(value)) : NumberFormat.decimal(value, places: 1)
    }

    static func coordinate(_ value: Double) -> String { NumberFormat.plainDecimal(value, places: 1) }

    static func barChart(title: String, bars: [ReportChart.Bar], referenceLabel: String?, id: String) -> String {
        let labelWidth = 190.0, plotWidth = 420.0, rowHeight = 22.0, top = 28.0
        let height = top + Double(bars.count) * rowHeight + 16
        let maximum = max(1, bars.map { max($0.value, $0.reference ?? 0) }.max() ?? 1)
        var out = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" viewBox=\"0 0 700 \(coordinate(height))\" width=\"700\" height=\"\(coordinate(height))\">",
            "<title id=\"\(id)-t\">\(HTMLText.escape(title))</title>",
            "<desc id=\"\(id)-d\">\(HTMLText.escape(bars.map { "\($0.label): \(number($0.value))" + ($0.reference.map { " of \(number($0))" } ?? "") }.joined(separator: "; ")))</desc>",
        ]
        if let referenceLabel {
            out.append(
                "<line x1=\"\(coordinate(labelWidth + 2))\" y1=\"2\" x2=\"\(coordinate(labelWidth + 2))\" y2=\"20\" stroke=\"\(ink)\" stroke-width=\"3\"/>"
                    + "<text x=\"\(coordinate(labelWidth + 10))\" y=\"15\" font-size=\"12\" fill=\"\(ink)\">= \(HTMLText.escape(referenceLabel)); "
                    + "red bars are at or over it</text>")
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let width = max(0, bar.value / maximum * plotWidth)
            let over = bar.reference.map { bar.value >= $0 } ?? false
            out.append(
                "<text x=\"\(coordinate(labelWidth - 6))\" y=\"\(coordinate(y + 14))\" font-size=\"12\" text-anchor=\"end\" fill=\"\(ink)\">\(HTMLText.escape(bar.label))</text>"
            )
            out.append(
                "<rect x=\"\(coordinate(labelWidth))\" y=\"\(coordinate(y + 3))\" width=\"\(coordinate(width))\" height=\"14\" fill=\"\(over ? red : blue)\"/>"
            )
            if let reference = bar.reference {
                let x = labelWidth + reference / maximum * plotWidth
                out.append(
                    "<line x1=\"\(coordinate(x))\" y1=\"\(coordinate(y))\" x2=\"\(coordinate(x))\" y2=\"\(coordinate(y + 20))\" stroke=\"\(ink)\" stroke-width=\"3\"/>"
                )
            }
            let text = number(bar.value) + (bar.flag.map { " (\($0))" } ?? "")
            let end = max(width, (bar.reference ?? 0) / maximum * plotWidth)
            out.append(
                "<text x=\"\(coordinate(labelWidth + end + 6))\" y=\"\(coordinate(y + 14))\" font-size=\"12\" fill=\"\(ink)\">\(HTMLText.escape(text))</text>"
            )
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    static func line(
        title: String, points: [ReportChart.Point], reference: [Double]?, referenceLabel: String?, marks: [String: String], id: String
    ) -> String {
        let left = 60.0, right = 20.0, top = 30.0, bottom = 50.0, width = 700.0, height = 280.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let maximum = max(1, (points.map(\.value) + (reference ?? [])).max() ?? 1)
        func x(_ index: Int) -> Double { left + (points.count > 1 ? Double(index) / Double(points.count - 1) * plotWidth : plotWidth / 2) }
        func y(_ value: Double) -> Double { top + plotHeight - value / maximum * plotHeight }
        var out = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">",
            "<title id=\"\(id)-t\">\(HTMLText.escape(title))</title>",
            "<desc id=\"\(id)-d\">\(HTMLText.escape(points.map { "\($0.label): \(number($0.value))" }.joined(separator: "; ")))</desc>",
            "<line x1=\"\(coordinate(left))\" y1=\"\(coordinate(top + plotHeight))\" x2=\"\(coordinate(width - right))\" y2=\"\(coordinate(top + plotHeight))\" stroke=\"\(grey)\"/>",
            "<text x=\"\(coordinate(left - 6))\" y=\"\(coordinate(top + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"\(ink)\">\(number(maximum))</text>",
            "<text x=\"\(coordinate(left - 6))\" y=\"\(coordinate(top + plotHeight))\" font-size=\"11\" text-anchor=\"end\" fill=\"\(ink)\">0</text>",
        ]
        if let reference, reference.count == points.count {
            let path = reference.enumerated().map { "\(coordinate(x($0.offset))),\(coordinate(y($0.element)))" }.joined(separator: " ")
            out.append("<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(ink)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
            if let referenceLabel {
                out.append(
                    "<text x=\"\(coordinate(width - right))\" y=\"\(coordinate(y(reference.last ?? 0) - 6))\" font-size=\"12\" text-anchor=\"end\" fill=\"\(ink)\">- - \(HTMLText.escape(referenceLabel))</text>"
                )
            }
        }
        let path = points.enumerated().map { "\(coordinate(x($0.offset))),\(coordinate(y($0.element.value)))" }.joined(separator: " ")
        out.append("<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(blue)\" stroke-width=\"3\"/>")
        let step = max(1, points.count / 8)
        for (index, point) in points.enumerated() {
            if index % step == 0 || (index == points.count - 1 && index % step >= (step + 1) / 2) {
                out.append(
                    "<text x=\"\(coordinate(x(index)))\" y=\"\(coordinate(height - bottom + 16))\" font-size=\"11\" text-anchor=\"middle\" fill=\"\(ink)\">\(HTMLText.escape(point.label))</text>"
                )
            }
            if let mark = marks[point.label] {
                out.append(
                    "<circle cx=\"\(coordinate(x(index)))\" cy=\"\(coordinate(y(point.value)))\" r=\"6\" fill=\"none\" stroke=\"\(red)\" stroke-width=\"3\"/>"
                        + "<text x=\"\(coordinate(x(index)))\" y=\"\(coordinate(y(point.value) - 10))\" font-size=\"12\" text-anchor=\"middle\" fill=\"\(ink)\">\(HTMLText.escape(mark))</text>"
                )
            }
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}
