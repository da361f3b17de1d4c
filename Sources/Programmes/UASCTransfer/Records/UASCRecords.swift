import PartnershipCore
import PartnershipStore

/// One region's UASC records in the store. Imports replace what they cover in one transaction; a
/// stored row that cannot be read back is an error naming table and column, never skipped.
public struct UASCRecords: Sendable {
    public let store: any SQLStore
    public let region: String

    public init(store: any SQLStore, region: String) {
        self.store = store
        self.region = region
    }

    private var inRegion: SQLStatement { "region = \(bind: .text(region))" }

    // MARK: In care

    /// Every count, by day then LA.
    public func inCare() async throws -> [InCareCount] {
        try await store.rows("SELECT * FROM uasc_in_care WHERE \(inRegion) ORDER BY on_day, la_code").map { row in
            InCareCount(
                laCode: try row.code("la_code"), day: try row.day("on_day"), children: try row.int("children"), source: try row.string("source"))
        }
    }

    /// Each LA's latest count on or before the day.
    public func inCare(asOf day: Day) async throws -> [ONSCode: InCareCount] {
        var latest: [ONSCode: InCareCount] = [:]
        for count in try await inCare() where count.day <= day { latest[count.laCode] = count }
        return latest
    }

    /// Replaces the counts for every day the new ones cover; returns how many were replaced.
    public func replaceInCare(with counts: [InCareCount]) async throws -> Int {
        let days = Set(counts.map(\.day.description)).sorted().map { SQLValue.text($0) }
        let rows = counts.map { [.text(region), .text($0.laCode.rawValue), .text($0.day.description), SQLValue($0.children), .text($0.source)] }
        return try await store.transaction { session in
            guard !days.isEmpty else { return 0 }
            return try await session.replace(
                in: "uasc_in_care", where: "\(inRegion) AND on_day IN (\(list: days))",
                columns: ["region", "la_code", "on_day", "children", "source"],
                rows: rows)
        }
    }

    // MARK: Requests

    public func requests() async throws -> [TransferRequest] {
        let steps = try await store.rows("SELECT * FROM uasc_request_step WHERE \(inRegion) ORDER BY child_ref, position")
        var byRef: [String: [TransferStep]] = [:]
        for row in steps {
            byRef[try row.string("child_ref"), default: []].append(
                TransferStep(
                    kind: try row.enumeration("kind"), laCode: try row.code("la_code"), day: try row.day("on_day"),
                    reason: try row.optionalString("reason").map { try SQLRow.enumeration($0, table: row.table, column: "reason") }))
        }
        return try await store.rows("SELECT * FROM uasc_request WHERE \(inRegion) ORDER BY requested_on, child_ref").map { row in
            let ref = try row.string("child_ref")
            return TransferRequest(
                reference: CaseReference(stored: ref), ageBand: try row.enumeration("age_band"),
                needs: Set(
                    try row.string("needs").split(separator: ";").map { item in
                        try SQLRow.enumeration(String(item), table: row.table, column: "needs") as ChildNeed
                    }),
                referringLA: try row.code("referring_la"), requestedOn: try row.day("requested_on"), steps: byRef[ref] ?? [],
                source: try row.string("source"))
        }
    }

    /// Replaces the requests with the same references (and their steps); returns how many were replaced.
    public func replaceRequests(with requests: [TransferRequest]) async throws -> Int {
        let refs = requests.map { SQLValue.text($0.reference.rawValue) }
        let requestRows = requests.map { request -> [SQLValue] in
            [
                .text(region), .text(request.reference.rawValue), .text(request.ageBand.rawValue),
                .text(request.needs.sorted().map(\.rawValue).joined(separator: ";")), .text(request.referringLA.rawValue),
                .text(request.requestedOn.description), .text(request.source),
            ]
        }
        let stepRows = requests.flatMap { request in
            request.steps.enumerated().map { index, step -> [SQLValue] in
                [
                    .text(region), .text(request.reference.rawValue), SQLValue(index), .text(step.kind.rawValue), .text(step.laCode.rawValue),
                    .text(step.day.description), SQLValue(step.reason?.rawValue),
                ]
            }
        }
        return try await store.transaction { session in
            guard !refs.isEmpty else { return 0 }
            let scope: SQLStatement = "\(inRegion) AND child_ref IN (\(list: refs))"
            _ = try await session.replace(
                in: "uasc_request_step", where: scope, columns: ["region", "child_ref", "position", "kind", "la_code", "on_day", "reason"],
                rows: stepRows)
            return try await session.replace(
                in: "uasc_request", where: scope, columns: ["region", "child_ref", "age_band", "needs", "referring_la", "requested_on", "source"],
                rows: requestRows)
        }
    }
}
