import PartnershipCore
import PartnershipStore

/// The programme's own table: one row per case in a region.
public enum NRPFSchema {
    public static var part: SchemaPart { SchemaPart(owner: "nrpf", migrations: migrations) }
    public static let migrations = [
        Migration(
            "nrpf.v1.cases",
            [
                """
                CREATE TABLE nrpf_case (
                    region TEXT NOT NULL, ref TEXT NOT NULL, la_code TEXT NOT NULL, household_type TEXT NOT NULL, legal_basis TEXT NOT NULL,
                    immigration_status TEXT NOT NULL, dependants INTEGER NOT NULL, started_on TEXT NOT NULL,
                    weekly_accommodation_pence INTEGER NOT NULL, weekly_subsistence_pence INTEGER NOT NULL, ended_on TEXT, closure_reason TEXT,
                    status_changed_on TEXT, new_status TEXT, source TEXT NOT NULL,
                    PRIMARY KEY (region, ref)
                )
                """
            ]),
        Migration.bigintCounts("nrpf.v2.bigint-counts", [("nrpf_case", ["dependants", "weekly_accommodation_pence", "weekly_subsistence_pence"])]),
    ]
}

/// One region's NRPF cases in the store: an import replaces the cases with the same references.
public struct NRPFRecords: Sendable {
    public let store: any SQLStore
    public let region: String

    public init(store: any SQLStore, region: String) {
        self.store = store
        self.region = region
    }

    static let columns = [
        "region", "ref", "la_code", "household_type", "legal_basis", "immigration_status", "dependants", "started_on", "weekly_accommodation_pence",
        "weekly_subsistence_pence", "ended_on", "closure_reason", "status_changed_on", "new_status", "source",
    ]

    public func cases() async throws -> [NRPFCase] {
        try await store.rows("SELECT * FROM nrpf_case WHERE region = \(bind: .text(region)) ORDER BY started_on, ref").map { row in
            var change: NRPFCase.StatusChange?
            if let status = try row.optionalString("new_status") {
                change = NRPFCase.StatusChange(
                    status: try SQLRow.enumeration(status, table: row.table, column: "new_status"), day: try row.day("status_changed_on"))
            }
            return NRPFCase(
                reference: CaseReference(stored: try row.string("ref")), laCode: try row.code("la_code"),
                householdType: try row.enumeration("household_type"), legalBasis: try row.enumeration("legal_basis"),
                immigrationStatus: try row.enumeration("immigration_status"), dependants: try row.int("dependants"),
                startedOn: try row.day("started_on"), weeklyAccommodationPence: try row.int("weekly_accommodation_pence"),
                weeklySubsistencePence: try row.int("weekly_subsistence_pence"),
                endedOn: try row.optionalString("ended_on").map { _ in try row.day("ended_on") },
                closureReason: try row.optionalString("closure_reason").map {
                    try SQLRow.enumeration($0, table: row.table, column: "closure_reason")
                },
                statusChange: change, source: try row.string("source"))
        }
    }

    /// Replaces the cases with the same references; returns how many were replaced.
    @discardableResult
    public func replace(with cases: [NRPFCase]) async throws -> Int {
        let refs = cases.map { SQLValue.text($0.reference.rawValue) }
        let rows = cases.map { c -> [SQLValue] in
            [
                .text(region), .text(c.reference.rawValue), .text(c.laCode.rawValue), .text(c.householdType.rawValue), .text(c.legalBasis.rawValue),
                .text(c.immigrationStatus.rawValue), SQLValue(c.dependants), .text(c.startedOn.description), SQLValue(c.weeklyAccommodationPence),
                SQLValue(c.weeklySubsistencePence), SQLValue(c.endedOn?.description), SQLValue(c.closureReason?.rawValue),
                SQLValue(c.statusChange?.day.description), SQLValue(c.statusChange?.status.rawValue), .text(c.source),
            ]
        }
        return try await store.transaction { session in
            guard !refs.isEmpty else { return 0 }
            return try await session.replace(
                in: "nrpf_case", where: "region = \(bind: .text(region)) AND ref IN (\(list: refs))", columns: Self.columns, rows: rows)
        }
    }
}
