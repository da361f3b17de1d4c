import ArgumentParser
import Dispersal
import Foundation
import Reporting

/// `smp dispersal status --region ID`: every LA against its limit at a quarter end, with totals.
struct DispersalStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Per LA: population, limit, count, 1 in N, headroom, status, rate, shares; region totals.")
    @OptionGroup var options: DispersalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let context = try DispersalContext(options)
        let assessment = context.assessment()
        let csv = output.format == .csv || output.format == .json
        func number(_ value: Int) -> String { csv ? String(value) : NumberFormat.grouped(value) }
        func percent(_ share: Double) -> String { String(format: "%.1f", share * 100) }
        var rows = assessment.positions.map { position in
            [position.name, position.code.rawValue, number(position.population), number(position.limit),
             position.status == .notParticipating && position.count == 0 ? "–" : number(position.count),
             position.residentsPerPerson.map { "1 in \(number($0))" } ?? "–", position.status == .notParticipating ? "–" : number(position.headroom),
             position.status.rawValue, String(format: "%.1f", position.ratePer10000), percent(position.shareOfRegion), String(format: "%.2f", position.shareOfNation * 100)]
        }
        rows.append(["Region total", context.region.id, number(assessment.population), number(assessment.limit), number(assessment.count),
                     assessment.count > 0 ? "1 in \(number(assessment.population / assessment.count))" : "–", number(assessment.headroom),
                     "\(assessment.atOrOverLimit) at or over", String(format: "%.1f", assessment.ratePer10000), "100.0",
                     String(format: "%.2f", Double(assessment.count) / Double(max(1, context.figures.nationalCount(context.counts[assessment.snapshot] ?? [:]))) * 100)])
        let table = Table(
            title: "\(context.region.name): dispersal at \(assessment.snapshot)",
            columns: [.init("LA"), .init("code"), .init("population", .right), .init("limit", .right), .init("count", .right), .init("ratio", .right),
                      .init("headroom", .right), .init("status"), .init("per 10,000", .right), .init("% of region", .right), .init("% of UK", .right)],
            rows: rows, notes: context.notes)
        Console.out(TableRenderer.render(table, as: output.format))
    }
}
