import Foundation
import Hummingbird
import PartnershipCore
import PartnershipReports
import PartnershipStore

/// Recording a business-plan action's status: the same audited update as `smp plan update`, with
/// the signed-in region manager as "by".
enum PlanAPI {
    struct Change: Decodable {
        /// The plan's financial year, e.g. `2018-19`.
        let year: String
        /// objective.outcome.action, e.g. `1.2.1`.
        let action: String
        let status: String
        let note: String
        /// `YYYY-MM-DD`; today when left out.
        let on: String?
    }

    struct Recorded: Encodable {
        let region: String
        let year: String
        let action: String
        let status: String
        let on: String
        let by: String
        let auditEntry: Int64
    }

    static func update(_ input: RouteRequest) async throws -> Response {
        let change = try await input.decode(Change.self)
        let region = input.region!
        guard let year = FinancialYear(change.year), let plan = region.plans.first(where: { $0.year == year }) else {
            throw ServerError.badRequest(
                "year: \(region.id) has no plan for '\(change.year)'; it has \(region.plans.map(\.year.description).joined(separator: ", "))")
        }
        guard let id = PlanActionID(change.action) else {
            throw ServerError.badRequest("action: '\(change.action)' is not objective.outcome.action (e.g. 1.2.1)")
        }
        guard let status = ActionStatus(rawValue: change.status) else {
            throw ServerError.badRequest("status: one of \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let day = try input.day(change.on, field: "on")
        let by = input.session!.user.username
        do {
            let entry = try await PlanUpdates(store: input.environment.store).record(
                id, status: status, in: plan, region: region, on: day, by: by, note: change.note)
            return try Responses.json(
                Recorded(
                    region: region.id, year: year.description, action: id.description, status: status.rawValue, on: day.description, by: by,
                    auditEntry: entry.id),
                status: .created)
        } catch let refusal as PlanUpdates.Refusal {
            throw ServerError.badRequest(refusal.description)
        }
    }
}
