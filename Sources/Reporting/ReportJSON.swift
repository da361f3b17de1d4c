import Foundation
import PartnershipCore

/// A `Report` as JSON. One section renders as `{"title", "columns", "rows", "notes"}`; several as
/// `{"title", "sections": [...], "notes"}`. Each row is an object keyed by column title whose values
/// are numbers, strings or `null`; a cell that is suppressed, off, without data, or that carries its
/// own source or data date is described under the row's `"details"` key, so `null` always has a reason.
enum ReportJSON {
    enum Value: Encodable {
        case integer(Int), number(Double), text(String), null

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .integer(let value): try container.encode(value)
            case .number(let value): try value.isFinite ? container.encode(value) : container.encodeNil()
            case .text(let value): try container.encode(value)
            case .null: try container.encodeNil()
            }
        }
    }

    struct Detail: Encodable {
        let state: String?
        let reason: String?
        let source: String?
        let asOf: String?
        let period: String?
    }

    struct Row: Encodable {
        let values: [String: Value]
        let details: [String: Detail]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in values { try container.encode(value, forKey: Key(key)) }
            if !details.isEmpty { try container.encode(details, forKey: Key("details")) }
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    struct Section: Encodable {
        let title: String?
        let columns: [String]
        let rows: [Row]
        let notes: [String]
    }

    struct Many: Encodable {
        let title: String?
        let sections: [Section]
        let notes: [String]
    }

    static func render(_ report: Report) -> String {
        let sections = report.sections.map(section)
        if sections.count == 1, report.title == nil || sections[0].title == nil {
            let only = sections[0]
            let payload = Section(title: only.title ?? report.title, columns: only.columns, rows: only.rows, notes: only.notes + report.notes)
            return (try? JSONOutput.encode(payload)) ?? "{}\n"
        }
        return (try? JSONOutput.encode(Many(title: report.title, sections: sections, notes: report.notes))) ?? "{}\n"
    }

    static func section(_ section: ReportSection) -> Section {
        let rows = section.rows.map { cells -> Row in
            var values: [String: Value] = [:], details: [String: Detail] = [:]
            for (index, column) in section.columns.enumerated() where index < cells.count {
                let cell = cells[index]
                values[column.title] = value(cell)
                let (state, reason) = stateAndReason(cell)
                if state != nil || cell.source != nil || cell.asOf != nil || cell.period != nil {
                    details[column.title] = Detail(
                        state: state, reason: reason, source: cell.source, asOf: cell.asOf?.description, period: cell.period)
                }
            }
            return Row(values: values, details: details)
        }
        return Section(title: section.title, columns: section.columns.map(\.title), rows: rows, notes: section.notes)
    }

    static func value(_ cell: ReportCell) -> Value {
        switch cell.value {
        case .people(let count), .count(let count), .oneIn(let count): .integer(count)
        case .money(let pence): .number(Double(pence) / 100)
        case .rate(let value, let places), .percentage(let value, let places): .number(rounded(value, places))
        case .date(let day): .text(day.description)
        case .text(let text): .text(text)
        case .suppressed, .withheld, .off, .noData: .null
        }
    }

    static func stateAndReason(_ cell: ReportCell) -> (String?, String?) {
        switch cell.value {
        case .suppressed: ("suppressed", "a count of 1-4 people, shown as <5 outside the region that owns the records")
        case .withheld: ("withheld", "withheld (c) so that a suppressed count cannot be worked out from the totals shown")
        case .off: ("off", "the programme is switched off for the region")
        case .noData(let reason): ("no-data", reason)
        default: (nil, nil)
        }
    }

    static func rounded(_ value: Double, _ places: Int) -> Double {
        let scale = (0..<max(0, places)).reduce(1.0) { result, _ in result * 10 }
        return (value * scale).rounded() / scale
    }
}
