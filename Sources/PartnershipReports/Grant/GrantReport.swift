import Logging
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// The grant report a partnership sends the Home Office (annual, or half-year to 30 September):
/// activity against the business plan's objectives, the size of the business (headline
/// indicators at the period end), and the finance statement with its checks.
public enum GrantReport {
    public enum Kind: String, Sendable, CaseIterable { case annual, halfYear = "half-year" }

    public static func periodEnd(_ year: FinancialYear, _ kind: Kind) -> Day {
        kind == .annual ? year.lastDay : Day(year: year.startYear, month: 9, day: 30)!
    }

    public static func build(
        region: Region, year: FinancialYear, kind: Kind, registry: PlatformRegistry, store: any SQLStore, logger: Logger
    ) async throws -> Report {
        let end = periodEnd(year, kind)
        var sections: [ReportSection] = []
        var notes = ["Period: \(year.firstDay) to \(end) (\(kind.rawValue))."]
        if let plan = region.plans.first(where: { $0.year == year }) {
            let lines = PlanTracker.lines(plan, updates: try await PlanUpdates(store: store).latest(region: region.id, year: year, on: end), on: end)
            let rows = plan.objectives.enumerated().map { index, objective -> [ReportCell] in
                let mine = lines.filter { $0.id.objective == index + 1 }
                func count(_ colour: RAGStatus.Colour) -> ReportCell { .count(mine.filter { $0.rag.colour == colour }.count) }
                return [.text("\(index + 1)"), .text(objective.title), .count(mine.count), count(.green), count(.amber), count(.red)]
            }
            sections.append(
                ReportSection(
                    title: "Activity against objectives at \(end)",
                    columns: [
                        .init("no."), .init("objective"), .init("actions", .right), .init("G", .right), .init("A", .right), .init("R", .right),
                    ],
                    rows: rows, notes: ["Source: \(plan.source); RAG as in 'smp report plan' at the period end."]))
        } else {
            notes.append("No business plan for \(year) in the module: activity against objectives cannot be reported.")
        }
        let published = PublishedData(store: store)
        let switches = try await ProgrammeSwitchboard(store: store).switches(for: region)
        var size: [[ReportCell]] = []
        for plugin in registry.plugins where switches.isEnabled(plugin.id, on: end) {
            let values = try await registry.evaluate(
                plugin, region: region, on: end, store: store, published: published, switches: switches, logger: logger)
            for definition in plugin.indicators where definition.origin != .module {
                size.append([
                    .text("\(plugin.id): \(definition.title)"),
                    IndicatorSection.cell(values[definition.id], definition: definition, owner: region.id),
                ])
            }
        }
        sections.append(
            ReportSection(title: "Size of business at \(end)", columns: [.init("indicator"), .init("value", .right)], rows: size, citesCells: true))
        if let statement = region.finances.first(where: { $0.year == year }) {
            sections.append(FinanceReport.section(statement, region: region))
        } else {
            notes.append("No finance statement for \(year) in the module.")
        }
        if let due = region.reportingCalendar.first(where: { $0.report.lowercased().contains(kind == .annual ? "annual" : "half") }) {
            notes.append("Due: \(due.due) to \(due.recipient ?? "the recipient") (\(due.source ?? "region module")).")
        }
        return Report(title: "\(region.name): \(kind == .annual ? "annual" : "half-year") grant report \(year)", sections: sections, notes: notes)
    }
}
