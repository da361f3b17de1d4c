import PartnershipCore
import Reporting

/// Indicator values as a report section: one row per indicator, each cell with its source and
/// data date; off and no-data shown as such, never as zero.
public enum IndicatorSection {
    public static func make(title: String, definitions: [IndicatorDefinition], values: IndicatorValues, owner: String) -> ReportSection {
        let rows = definitions.map { definition -> [ReportCell] in
            [.text(definition.id), .text(definition.title), cell(values[definition.id], definition: definition, owner: owner)]
        }
        return ReportSection(title: title, columns: [.init("indicator"), .init("title"), .init("value", .right)], rows: rows, citesCells: true)
    }

    /// One value as a typed cell: people counts carry their owner so suppression can apply.
    public static func cell(_ value: IndicatorValue?, definition: IndicatorDefinition, owner: String) -> ReportCell {
        guard let value else { return .noData("not computed") }
        switch value.state {
        case .programmeOff: return ReportCell(.off)
        case .noData(let reason): return ReportCell(.noData(reason))
        case .value(let number):
            let kind: ReportCell.Value
            switch definition.unit {
            case .percent: kind = .percentage(number, places: 1)
            case .ratePer10000, .ratio: kind = .rate(number, places: definition.unit == .ratio ? 3 : 1)
            case .pounds: kind = .money(pence: Int((number * 100).rounded()))
            case .people where definition.countsPeople:
                kind = Int(exactly: number.rounded()).map { ReportCell.Value.people($0) } ?? .rate(number, places: 0)
            case .people, .count, .days: kind = Int(exactly: number.rounded()).map { ReportCell.Value.count($0) } ?? .rate(number, places: 0)
            }
            return ReportCell(kind, source: value.source, asOf: value.asOf, owner: definition.countsPeople ? owner : nil, period: value.period)
        }
    }
}
