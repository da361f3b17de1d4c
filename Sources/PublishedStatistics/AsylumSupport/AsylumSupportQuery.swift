import PartnershipCore
import PartnershipStore

/// Read-only questions programmes ask of the imported Asy_D11 figures, on the latest vintage
/// unless one is named.
public struct AsylumSupportQuery: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// One LA's people at one quarter end, by support type and accommodation type.
    public struct Cell: Sendable, Hashable {
        public let snapshot: Day
        public let laCode: ONSCode
        public let supportType: AsylumSupportType
        public let accommodationType: String
        public let people: Int
    }

    public func latestVintage() async throws -> ImportVintage? {
        try await ImportLedger(store: store).vintages(dataset: AsylumSupportTable.dataset).last
    }

    /// People supported at `snapshot` in the given LAs (today's codes), optionally by support and accommodation type.
    public func people(
        on snapshot: Day, in codes: [ONSCode], supportTypes: [AsylumSupportType]? = nil, accommodationTypes: [String]? = nil, vintage: Int64? = nil
    ) async throws -> Int {
        try await cells(in: codes, on: [snapshot], vintage: vintage)
            .filter { cell in
                (supportTypes?.contains(cell.supportType) ?? true) && (accommodationTypes?.contains(cell.accommodationType) ?? true)
            }
            .reduce(0) { $0 + $1.people }
    }

    /// Every (LA, quarter, support type, accommodation type) figure for the LAs, summed over
    /// published rows that now share a code; all quarters when `snapshots` is nil.
    public func cells(in codes: [ONSCode]? = nil, on snapshots: [Day]? = nil, vintage: Int64? = nil) async throws -> [Cell] {
        let chosen: Int64? = if let vintage { vintage } else { try await latestVintage()?.id }
        guard let vintage = chosen else { return [] }
        var query = Self.cellQuery(vintage: vintage)
        query.and("la_code", in: codes?.map { .text($0.rawValue) })
        query.and("snapshot", in: snapshots?.map { .text($0.description) })
        return try await cells(query)
    }

    private static func cellQuery(vintage: Int64) -> SQLStatement {
        """
        SELECT snapshot, la_code, support_type, accommodation_type, SUM(people) AS people FROM asylum_support
        WHERE vintage_id = \(bind: .integer(vintage)) AND la_code IS NOT NULL
        """
    }

    private func cells(_ filtered: SQLStatement) async throws -> [Cell] {
        var query = filtered
        query.append("GROUP BY snapshot, la_code, support_type, accommodation_type")
        return try await store.rows(query).map { row in
            let supportText = try row.string("support_type")
            guard let support = AsylumSupportType(rawValue: supportText) else {
                throw StoreError.badColumn(
                    table: "asylum_support", column: "support_type", reason: "'\(supportText)' is not a support type this version knows")
            }
            return Cell(
                snapshot: try row.day("snapshot"), laCode: try row.code("la_code"), supportType: support,
                accommodationType: try row.string("accommodation_type"), people: try row.int("people"))
        }
    }

    /// The quarter-end dates the vintage covers, oldest first.
    public func snapshots(vintage: Int64? = nil) async throws -> [Day] {
        let chosen: Int64? = if let vintage { vintage } else { try await latestVintage()?.id }
        guard let vintage = chosen else { return [] }
        return try await snapshots(from: nil, through: nil, vintage: vintage)
    }

    /// The vintage's quarter ends in a range, oldest first, found by stepping through the index
    /// from one to the next (a loose index scan): one probe per quarter end, not a read of every row.
    public func snapshots(from: Day?, through: Day?, vintage: Int64) async throws -> [Day] {
        let id = SQLValue.integer(vintage), low = SQLValue.text(from?.description ?? ""), high = SQLValue.text(through?.description ?? "9999-12-31")
        let rows = try await store.rows(
            """
            WITH RECURSIVE quarter(snapshot) AS (
                SELECT MIN(snapshot) FROM asylum_support WHERE vintage_id = \(bind: id) AND snapshot >= \(bind: low)
                UNION ALL
                SELECT (SELECT MIN(snapshot) FROM asylum_support WHERE vintage_id = \(bind: id) AND snapshot > quarter.snapshot)
                FROM quarter WHERE quarter.snapshot IS NOT NULL AND quarter.snapshot < \(bind: high)
            )
            SELECT snapshot FROM quarter WHERE snapshot IS NOT NULL AND snapshot <= \(bind: high)
            """)
        return try rows.map { try $0.day("snapshot") }
    }

    /// The latest quarter end on or before `day` (the latest of all when nil), by one probe of the index.
    public func lastSnapshot(onOrBefore day: Day?, vintage: Int64) async throws -> Day? {
        var query: SQLStatement = "SELECT MAX(snapshot) AS snapshot FROM asylum_support WHERE vintage_id = \(bind: .integer(vintage))"
        if let day { query.append("AND snapshot <= \(bind: .text(day.description))") }
        guard let row = try await store.rows(query).first, !(row.values.first?.isNull ?? true) else { return nil }
        return try row.day("snapshot")
    }
}
