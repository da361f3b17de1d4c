import Foundation
import PartnershipCore
import PartnershipStore

/// Programme switches kept in the store's audit log: recording one (who, when, why, from which
/// day) and reading a region's back as a timeline. The region module's `enabled:` is only the
/// state before the first switch.
public struct ProgrammeSwitchboard: Sendable {
    public static let kind = "programme-switch"
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// The region's switches, as a timeline over its module's defaults.
    public func switches(for region: Region) async throws -> ProgrammeSwitches {
        let entries = try await AuditLog(store: store).entries(region: region.id, kind: Self.kind)
        return ProgrammeSwitches(region: region, switches: try entries.map(Self.programmeSwitch))
    }

    /// Each region's switches by region id, from one read of the log (a comparison of many areas).
    public func switches(for regions: [Region]) async throws -> [String: ProgrammeSwitches] {
        let byRegion = Dictionary(grouping: try await AuditLog(store: store).entries(kind: Self.kind), by: \.draft.region)
        var switches: [String: ProgrammeSwitches] = [:]
        for region in regions {
            switches[region.id] = ProgrammeSwitches(region: region, switches: try (byRegion[region.id] ?? []).map(Self.programmeSwitch))
        }
        return switches
    }

    /// Why a switch cannot be recorded; the message says what to change.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Records a switch in the audit log (one transaction), refusing one that changes nothing or
    /// lacks a name or a reason. Returns the audit entry.
    @discardableResult
    public func record(
        _ programme: ProgrammeID, enabled: Bool, for region: Region, from day: Day, by: String, reason: String
    ) async throws -> AuditEntry {
        let by = by.trimmingCharacters(in: .whitespacesAndNewlines), reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !by.isEmpty else { throw Refusal(description: "--by: say who is making the switch") }
        guard !reason.isEmpty else { throw Refusal(description: "--reason: say why (it goes into the audit log)") }
        let current = try await switches(for: region)
        guard current.isEnabled(programme, on: day) != enabled else {
            let state = current.inForce(programme, on: day).map(\.summary) ?? "by its region module"
            throw Refusal(description: "\(programme) is already \(enabled ? "on" : "off") for \(region.id) on \(day) (\(state)); nothing recorded")
        }
        let draft = AuditEntry.Draft(
            kind: Self.kind, region: region.id, subject: programme.rawValue, before: enabled ? "off" : "on", after: enabled ? "on" : "off",
            effectiveFrom: day.description, by: by, reason: reason)
        return try await store.transaction { session in try await AuditLog.append(draft, in: session) }
    }

    static func programmeSwitch(_ entry: AuditEntry) throws -> ProgrammeSwitch {
        guard let day = Day(iso: entry.draft.effectiveFrom), entry.draft.after == "on" || entry.draft.after == "off" else {
            throw StoreError.badColumn(table: "audit_log", column: "effective_from", reason: "entry \(entry.id) is not a readable programme switch")
        }
        return ProgrammeSwitch(
            region: entry.region, programme: ProgrammeID(entry.subject), enabled: entry.draft.after == "on", effectiveFrom: day, by: entry.draft.by,
            reason: entry.draft.reason, recordedAt: entry.recordedAt)
    }
}
