import PartnershipCore
import Reporting

/// The business-plan tracker: every objective, outcome and action with its KPI, lead and
/// timescale, the latest recorded status (an update, else the plan's own) and a RAG status derived
/// from it and the timescale against the day.
public enum PlanTracker {
    public static func action(_ id: PlanActionID, in plan: BusinessPlan) -> BusinessPlan.Action? {
        guard plan.objectives.indices.contains(id.objective - 1) else { return nil }
        let outcomes = plan.objectives[id.objective - 1].outcomes
        guard outcomes.indices.contains(id.outcome - 1) else { return nil }
        let actions = outcomes[id.outcome - 1].actions
        return actions.indices.contains(id.action - 1) ? actions[id.action - 1] : nil
    }

    public struct Line: Sendable {
        public let id: PlanActionID
        public let objective: String, outcome: String
        public let action: BusinessPlan.Action
        public let status: String?
        public let rag: RAGStatus
    }

    /// Every action of the plan in order, with its status and RAG on the day.
    public static func lines(_ plan: BusinessPlan, updates: [PlanActionID: PlanUpdates.Update], on day: Day) -> [Line] {
        var lines: [Line] = []
        for (o, objective) in plan.objectives.enumerated() {
            for (u, outcome) in objective.outcomes.enumerated() {
                for (a, action) in outcome.actions.enumerated() {
                    let id = PlanActionID(objective: o + 1, outcome: u + 1, action: a + 1)
                    let update = updates[id]
                    let recorded = update.map { "\($0.status.rawValue) (\($0.on), \($0.by): \($0.note))" } ?? action.status
                    let status = update?.status ?? action.status.map(ActionStatus.init(recorded:))
                    lines.append(
                        Line(
                            id: id, objective: objective.title, outcome: outcome.title, action: action, status: recorded,
                            rag: .derive(status: status, timescale: Timescale(action.timescale, year: plan.year), on: day)))
                }
            }
        }
        return lines
    }

    public static func section(_ plan: BusinessPlan, region: Region, lines: [Line], on day: Day) -> ReportSection {
        var previous: (String, String)?
        let rows: [[ReportCell]] = lines.map { line in
            let showObjective = previous?.0 != line.objective, showOutcome = showObjective || previous?.1 != line.outcome
            previous = (line.objective, line.outcome)
            return [
                .text(line.id.description), .text(showObjective ? "\(line.id.objective). \(line.objective)" : ""),
                .text(showOutcome ? line.outcome : ""), .text(line.action.action), .text(line.action.kpi ?? ""), .text(line.action.lead ?? ""),
                .text(line.action.timescale ?? ""), line.status.map { .text($0) } ?? .noData("no status recorded"),
                .text(line.rag.colour.rawValue), .text(line.rag.reason),
            ]
        }
        let counts = RAGStatus.Colour.allCases.map { colour in "\(lines.filter { $0.rag.colour == colour }.count) \(colour.rawValue)" }
        return ReportSection(
            title: "\(region.name): business plan \(plan.year), as of \(day)",
            columns: [
                .init("no."), .init("objective"), .init("outcome"), .init("action"), .init("KPI"), .init("lead"), .init("timescale"),
                .init("status"), .init("RAG"), .init("why"),
            ],
            rows: rows,
            notes: [
                "Source: \(plan.source) (\(plan.objectives.count) objectives, \(lines.count) actions); statuses recorded since with "
                    + "'smp plan update' (audited).",
                "RAG: complete = G; past its timescale and not complete = R; due within 30 days or delayed = A; recurring with no status "
                    + "recorded = A; '-' = cancelled. Totals: \(counts.joined(separator: ", ")).",
            ])
    }
}
