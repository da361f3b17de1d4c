import PartnershipCore
import PartnershipReports
import Reporting

/// The business-plan tracker for a region: the year asked for (`?year=2018-19`) or the newest,
/// with each action's RAG judged on the day asked for (`?as-of=`) or today.
enum PlanView {
    static func report(_ input: RouteRequest) async throws -> Report {
        let region = input.region!
        guard !region.plans.isEmpty else { throw ServerError.notFound("\(region.id) has no business plan in its module") }
        let plan: BusinessPlan
        if let year = input.query("year") {
            guard let found = region.plans.first(where: { $0.year.description == year }) else {
                throw ServerError.notFound(
                    "\(region.id) has no business plan for \(year); it has \(region.plans.map(\.year.description).joined(separator: ", "))")
            }
            plan = found
        } else {
            plan = region.plans.max { $0.year.startYear < $1.year.startYear }!
        }
        let day = try input.day(input.query("as-of"), field: "as-of")
        let updates = try await PlanUpdates(store: input.environment.store).latest(region: region.id, year: plan.year, on: day)
        let lines = PlanTracker.lines(plan, updates: updates, on: day)
        let others = region.plans.map(\.year.description).filter { $0 != plan.year.description }
        return Report(
            title: nil, sections: [PlanTracker.section(plan, region: region, lines: lines, on: day)],
            notes: others.isEmpty ? [] : ["Other plans: " + others.map { "?year=\($0)" }.joined(separator: ", ")])
    }
}
