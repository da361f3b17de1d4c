import PartnershipCore

/// A cell as text: `display` for people (grouped digits, `£`, `<5`, `off`, `–`), `plain` for
/// machines (plain digits and decimal points, empty when there is no figure).
enum CellText {
    static func display(_ cell: ReportCell) -> String {
        switch cell.value {
        case .people(let count), .count(let count): NumberFormat.grouped(count)
        case .money(let pence): NumberFormat.pounds(pence: pence)
        case .rate(let value, let places), .percentage(let value, let places): NumberFormat.decimal(value, places: places)
        case .oneIn(let residents): "1 in \(NumberFormat.grouped(residents))"
        case .date(let day): day.description
        case .text(let text): text
        case .suppressed: "<5"
        case .withheld: "c"
        case .off: "off"
        case .noData: "–"
        }
    }

    static func plain(_ cell: ReportCell) -> String {
        switch cell.value {
        case .people(let count), .count(let count): String(count)
        case .money(let pence): NumberFormat.pounds(pence: pence, symbol: false)
        case .rate(let value, let places), .percentage(let value, let places): NumberFormat.plainDecimal(value, places: places)
        case .oneIn(let residents): String(residents)
        case .date(let day): day.description
        case .text(let text): text
        case .suppressed: "<5"
        case .withheld: "c"
        case .off: "off"
        case .noData: ""
        }
    }
}
