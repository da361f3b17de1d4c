import Foundation
import PartnershipCore
import PartnershipStore

/// NRM reasonable-grounds or conclusive-grounds decisions per quarter, by age group and outcome.
/// The published file is wide (`Adult (18 or over) - Positive reasonable grounds`, …); rows are
/// stored long, and each published `Total` column is checked against its parts, not stored.
public struct NRMDecisionsTable: PublishedTable {
    public enum Stage: String, Sendable {
        case reasonableGrounds = "reasonable grounds", conclusiveGrounds = "conclusive grounds"
        var id: String { rawValue.replacingOccurrences(of: " ", with: "-") }
    }

    public let stage: Stage
    public init(stage: Stage) { self.stage = stage }

    public var dataset: String { "nrm-\(stage.id)" }
    public var publisher: String { "Home Office" }
    public var table: String { "nrm_decisions" }
    public var columns: [String] { ["stage", "year", "quarter", "age_group", "outcome", "people"] }

    var required: [String] {
        ["Year", "Quarter", "Total"]
            + NRMSchema.ageGroups.flatMap { age in
                ["Negative", "Positive"].map { "\(age) - \($0) \(stage.rawValue)" } + ["\(age) - Total"]
            }
    }

    public var expectedColumns: [String] { required }

    public func recognises(header: [String]) -> Bool { required.allSatisfy(header.contains) }

    public func parse(_ input: CSVInput, file: String, rows: RowSink) -> ParsedTable {
        var result = ParsedTable()
        guard var csv = CheckedCSV(input, file: file, required: required, rows: rows, problems: &result.diagnostics) else { return result }
        var periods = Set<String>()
        while let row = csv.next() {
            var fields = FieldReader(row)
            let (year, quarter) = fields.yearQuarter(&csv, allowTotal: true)
            var grand = 0
            var parsed: [(String, String, Int)] = []
            for age in NRMSchema.ageGroups {
                let negative = fields.count(&csv, "\(age) - Negative \(stage.rawValue)") ?? 0
                let positive = fields.count(&csv, "\(age) - Positive \(stage.rawValue)") ?? 0
                let total = fields.count(&csv, "\(age) - Total") ?? 0
                if fields.ok && negative + positive != total {
                    fields.fail(&csv, "\(age) - Total", "\(total) is not negative \(negative) + positive \(positive)")
                }
                grand += total
                parsed += [(age, "negative", negative), (age, "positive", positive)]
            }
            if fields.ok, let total = fields.count(&csv, "Total"), total != grand {
                fields.fail(&csv, "Total", "\(total) is not the sum of the age groups (\(grand))")
            }
            guard fields.ok, let year, let quarter else { continue }
            periods.insert("\(year) Q\(quarter)")
            for (age, outcome, people) in parsed {
                csv.emit([.text(stage.id), SQLValue(year), SQLValue(quarter), .text(age), .text(outcome), SQLValue(people)])
            }
        }
        result.diagnostics += csv.diagnostics
        result.rowCount = csv.emitted
        result.release = "NRM \(stage.rawValue) decisions to \(periods.max() ?? "?")"
        result.facts = ["\(periods.count) quarters"]
        return result
    }
}
