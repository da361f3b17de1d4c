import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import Reporting

/// `smp dispersal trend --region ID --la CODE`: one LA across every imported quarter end.
struct DispersalTrendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend", abstract: "An LA's count against its limit across all imported quarters, and when it crossed the limit.")
    @OptionGroup var options: DispersalOptions
    @Option(name: .long, help: "The LA's ONS code (or its name).") var la: String
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await options.position(.history)
        guard let authority = context.region.lowerTierAuthority(matching: la) else {
            throw CommandError("no lower-tier LA '\(la)' in \(context.region.id).\(context.region.lowerTierSuggestion(for: la))")
        }
        var rows: [[ReportCell]] = []
        var points: [(day: Day, status: ClusterStatus)] = []
        for day in context.snapshots {
            guard let position = context.assessment(at: day).positions.first(where: { $0.code == authority.code }) else { continue }
            points.append((day, position.status))
            rows.append([
                .date(day), .count(position.count), .count(position.limit), position.residentsPerPerson.map { .oneIn($0) } ?? .noData("none placed"),
                .count(position.headroom), .text(position.status.rawValue),
            ])
        }
        let history = LimitHistory(points)
        for index in rows.indices {
            let day = points[index].day
            let change = history.crossings.contains(day) ? "crossed the limit" : history.returns.contains(day) ? "back under the limit" : ""
            rows[index].append(.text(change))
        }
        let crossingNote = history.summary(name: authority.name)
        let table = ReportSection(
            title: "\(authority.name) (\(authority.code)): dispersal by quarter",
            columns: [
                .init("quarter end"), .init("count", .right), .init("limit", .right), .init("ratio", .right), .init("headroom", .right),
                .init("status"), .init("change"),
            ],
            rows: rows,
            notes: [crossingNote] + context.notes.dropFirst().map { $0 } + [
                "Supported people: \(context.figures.source), every quarter end imported."
            ],
            charts: [
                .line(
                    title: "\(authority.name): people counted per quarter end against the cluster limit (dashed)",
                    points: zip(points, rows).map { point, row in
                        ReportChart.Point(label: point.day.description, value: Double(row[1].numericValue ?? 0))
                    },
                    reference: rows.map { Double($0[2].numericValue ?? 0) }, referenceLabel: "cluster limit",
                    marks: Dictionary(
                        history.crossings.map { ($0.description, "crossed") } + history.returns.map { ($0.description, "back under") },
                        uniquingKeysWith: { first, _ in first }))
            ])
        try output.emit(table)
    }
}
