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

    public func latestVintage() throws -> ImportVintage? {
        try ImportLedger(store: store).vintages(dataset: AsylumSupportTable.dataset).last
    }

    /// People supported at `snapshot` in the given LAs (today's codes), optionally by support and accommodation type.
    public func people(
        on snapshot: Day, in codes: [ONSCode], supportTypes: [AsylumSupportType]? = nil, accommodationTypes: [String]? = nil, vintage: Int64? = nil
    ) throws -> Int {
        try cells(in: codes, on: [snapshot], vintage: vintage)
            .filter { cell in
                (supportTypes?.contains(cell.supportType) ?? true) && (accommodationTypes?.contains(cell.accommodationType) ?? true)
            }
            .reduce(0) { $0 + $1.people }
    }

    /// Every (LA, quarter, support type, accommodation type) figure for the LAs, summed over
    /// published rows that now share a code; all quarters when `snapshots` is nil.
    public func cells(in codes: [ONSCode]? = nil, on snapshots: [Day]? = nil, vintage: Int64? = nil) throws -> [Cell] {
        guard let vintage = try vintage ?? latestVintage()?.id else { return [] }
        var query = SQLQuery(
            "SELECT snapshot, la_code, support_type, accommodation_type, SUM(people) AS people FROM asylum_support WHERE vintage_id = ? AND la_code IS NOT NULL",
            [.integer(vintage)])
        query.and("la_code", in: codes?.map { .text($0.rawValue) })
        query.and("snapshot", in: snapshots?.map { .text($0.description) })
        query.append("GROUP BY snapshot, la_code, support_type, accommodation_type")
        return try query.rows(in: store).compactMap { row in
            guard let day = Day(iso: row.string("snapshot")), let code = ONSCode(row.string("la_code")),
                  let support = AsylumSupportType(rawValue: row.string("support_type")) else { return nil }
            return Cell(snapshot: day, laCode: code, supportType: support, accommodationType: row.string("accommodation_type"), people: row.int("people"))
        }
    }

    /// The quarter-end dates the vintage covers, oldest first.
    public func snapshots(vintage: Int64? = nil) throws -> [Day] {
        guard let vintage = try vintage ?? latestVintage()?.id else { return [] }
        return try store.read { session in
            try session.query("SELECT DISTINCT snapshot FROM asylum_support WHERE vintage_id = ? ORDER BY snapshot", [.integer(vintage)])
        }.compactMap { Day(iso: $0.string("snapshot")) }
    }
}
