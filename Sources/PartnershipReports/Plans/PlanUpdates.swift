import Foundation
import PartnershipCore
import PartnershipStore

/// Status updates to business-plan actions, kept in the append-only audit log (who, when, from
/// which status to which, and the note), so the tracker shows the latest and the log shows all.
public struct PlanUpdates: Sendable {
    public static let kind = "plan-action"
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    public struct Update: Sendable, Hashable {
        public let action: PlanActionID
        public let status: ActionStatus
        public let on: Day
        public let by: String
        public let note: String
    }

    public struct Refusal: Error, Sendable, CustomStringConvertible { public let description: String }

    static func subject(_ year: FinancialYear, _ action: PlanActionID) -> String { "plan \(year) action \(action)" }

    /// The latest update of each action of the plan on or before `day`.
    public func latest(region: String, year: FinancialYear, on day: Day) async throws -> [PlanActionID: Update] {
        var result: [PlanActionID: Update] = [:]
        let prefix = "plan \(year) action "
        for entry in try await AuditLog(store: store).entries(region: region, kind: Self.kind) where entry.subject.hasPrefix(prefix) {
            guard let action = PlanActionID(String(entry.subject.dropFirst(prefix.count))), let status = ActionStatus(rawValue: entry.draft.after),
                let on = Day(iso: entry.draft.effectiveFrom)
            else {
                throw StoreError.badColumn(table: "audit_log", column: "subject", reason: "entry \(entry.id) is not a readable plan update")
            }
            guard on <= day else { continue }
            if let current = result[action], current.on > on { continue }
            result[action] = Update(action: action, status: status, on: on, by: entry.draft.by, note: entry.draft.reason)
        }
        return result
    }

    /// Records a status for one action of the region's plan (one audited transaction).
    @discardableResult
    public func record(
        _ action: PlanActionID, status: ActionStatus, in plan: BusinessPlan, region: Region, on day: Day, by: String, note: String
    ) async throws -> AuditEntry {
        let by = by.trimmingCharacters(in: .whitespacesAndNewlines), note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !by.isEmpty else { throw Refusal(description: "--by: say who is recording the status") }
        guard !note.isEmpty else { throw Refusal(description: "--note: say what was done (it goes into the audit log)") }
        guard PlanTracker.action(action, in: plan) != nil else {
            let count = plan.objectives.count
            throw Refusal(
                description: "plan \(plan.year) of \(region.id) has no action \(action) (it has \(count) objectives; "
                    + "'smp report plan --region \(region.id) --year \(plan.year)' lists every action with its number)")
        }
        let before = try await latest(region: region.id, year: plan.year, on: day)[action]?.status.rawValue ?? "as in the plan"
        let draft = AuditEntry.Draft(
            kind: Self.kind, region: region.id, subject: Self.subject(plan.year, action), before: before, after: status.rawValue,
            effectiveFrom: day.description, by: by, reason: note)
        return try await store.transaction { session in try await AuditLog.append(draft, in: session) }
    }
}
