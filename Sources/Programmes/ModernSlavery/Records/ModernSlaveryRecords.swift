import PartnershipCore
import PartnershipStore

/// The programme's own table: one row per referral in a region.
public enum ModernSlaverySchema {
    public static var part: SchemaPart { SchemaPart(owner: "modern-slavery", migrations: migrations) }
    public static let migrations = [
        Migration(
            "modern-slavery.v1.referrals",
            [
                """
                CREATE TABLE ms_referral (
                    region TEXT NOT NULL, ref TEXT NOT NULL, responder_org TEXT NOT NULL, responder_type TEXT NOT NULL, la_code TEXT NOT NULL,
                    referred_on TEXT NOT NULL, age_group TEXT NOT NULL, exploitation TEXT NOT NULL, gender TEXT NOT NULL, nationality TEXT NOT NULL,
                    location TEXT NOT NULL, consent TEXT NOT NULL, rg_outcome TEXT, rg_on TEXT, cg_outcome TEXT, cg_on TEXT, source TEXT NOT NULL,
                    PRIMARY KEY (region, ref)
                )
                """
            ])
    ]
}

/// One region's referrals in the store; an import replaces the referrals with the same references.
public struct ModernSlaveryRecords: Sendable {
    public let store: any SQLStore
    public let region: String

    public init(store: any SQLStore, region: String) {
        self.store = store
        self.region = region
    }

    static let columns = [
        "region", "ref", "responder_org", "responder_type", "la_code", "referred_on", "age_group", "exploitation", "gender", "nationality",
        "location", "consent", "rg_outcome", "rg_on", "cg_outcome", "cg_on", "source",
    ]

    public func referrals() async throws -> [NRMReferral] {
        try await store.rows("SELECT * FROM ms_referral WHERE region = \(bind: .text(region)) ORDER BY referred_on, ref").map { row in
            func decision(_ outcome: String, _ day: String) throws -> NRMReferral.Decision? {
                guard let text = try row.optionalString(outcome) else { return nil }
                return NRMReferral.Decision(outcome: try SQLRow.enumeration(text, table: row.table, column: outcome), day: try row.day(day))
            }
            return NRMReferral(
                reference: CaseReference(stored: try row.string("ref")), responderOrganisation: try row.string("responder_org"),
                responderType: try row.enumeration("responder_type"), laCode: try row.code("la_code"),
                referredOn: try row.day("referred_on"), ageGroup: try row.enumeration("age_group"),
                exploitation: Set(
                    try row.string("exploitation").split(separator: ";").map {
                        try SQLRow.enumeration(String($0), table: row.table, column: "exploitation")
                    }),
                gender: try row.enumeration("gender"), nationality: try row.string("nationality"),
                location: try row.enumeration("location"), consent: try row.enumeration("consent"),
                reasonableGrounds: try decision("rg_outcome", "rg_on"), conclusiveGrounds: try decision("cg_outcome", "cg_on"),
                source: try row.string("source"))
        }
    }

    /// Replaces the referrals with the same references; returns how many were replaced.
    public func replace(with referrals: [NRMReferral]) async throws -> Int {
        let refs = referrals.map { SQLValue.text($0.reference.rawValue) }
        let rows = referrals.map { r -> [SQLValue] in
            [
                .text(region), .text(r.reference.rawValue), .text(r.responderOrganisation), .text(r.responderType.rawValue), .text(r.laCode.rawValue),
                .text(r.referredOn.description), .text(r.ageGroup.rawValue), .text(r.exploitation.sorted().map(\.rawValue).joined(separator: ";")),
                .text(r.gender.rawValue), .text(r.nationality), .text(r.location.rawValue), .text(r.consent.rawValue),
                SQLValue(r.reasonableGrounds?.outcome.rawValue), SQLValue(r.reasonableGrounds?.day.description),
                SQLValue(r.conclusiveGrounds?.outcome.rawValue), SQLValue(r.conclusiveGrounds?.day.description), .text(r.source),
            ]
        }
        return try await store.transaction { session in
            guard !refs.isEmpty else { return 0 }
            return try await session.replace(
                in: "ms_referral", where: "region = \(bind: .text(region)) AND ref IN (\(list: refs))", columns: Self.columns, rows: rows)
        }
    }
}
