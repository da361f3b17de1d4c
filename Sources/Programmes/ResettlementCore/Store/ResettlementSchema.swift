import PartnershipStore

/// The resettlement schemes' own tables: pledges, referrals, matches and arrivals, each keyed by
/// region and scheme so VPRS and VCRS records sit side by side without either module knowing the other.
public enum ResettlementSchema {
    /// The records as a schema part, shared by every resettlement scheme.
    public static var part: SchemaPart { SchemaPart(owner: "resettlement", migrations: migrations) }

    public static let migrations = [
        Migration(
            "resettlement.v1.records",
            [
                """
                CREATE TABLE resettlement_pledge (
                    region TEXT NOT NULL, scheme TEXT NOT NULL, la_code TEXT NOT NULL, financial_year INTEGER NOT NULL,
                    places INTEGER NOT NULL, household_types TEXT NOT NULL, accessible_homes INTEGER NOT NULL, meets TEXT NOT NULL,
                    status TEXT NOT NULL, source TEXT NOT NULL, position INTEGER NOT NULL,
                    PRIMARY KEY (region, scheme, la_code, financial_year)
                )
                """,
                """
                CREATE TABLE resettlement_referral (
                    region TEXT NOT NULL, scheme TEXT NOT NULL, batch TEXT NOT NULL, case_ref TEXT NOT NULL,
                    adults INTEGER NOT NULL, children_under_3 INTEGER NOT NULL, children_3_4 INTEGER NOT NULL, children_5_18 INTEGER NOT NULL,
                    needs TEXT NOT NULL, referred_on TEXT NOT NULL, source TEXT NOT NULL,
                    PRIMARY KEY (region, scheme, case_ref)
                )
                """,
                """
                CREATE TABLE resettlement_match (
                    region TEXT NOT NULL, scheme TEXT NOT NULL, batch TEXT NOT NULL, case_ref TEXT NOT NULL,
                    la_code TEXT NOT NULL, financial_year INTEGER NOT NULL, persons INTEGER NOT NULL, matched_on TEXT NOT NULL,
                    PRIMARY KEY (region, scheme, case_ref)
                )
                """,
                """
                CREATE TABLE resettlement_arrival (
                    region TEXT NOT NULL, scheme TEXT NOT NULL, case_ref TEXT NOT NULL, la_code TEXT NOT NULL,
                    arrived_on TEXT NOT NULL, flight TEXT NOT NULL, source TEXT NOT NULL,
                    PRIMARY KEY (region, scheme, case_ref)
                )
                """,
            ]),
        Migration.bigintCounts(
            "resettlement.v2.bigint-counts",
            [
                ("resettlement_pledge", ["places", "accessible_homes"]),
                ("resettlement_referral", ["adults", "children_under_3", "children_3_4", "children_5_18"]), ("resettlement_match", ["persons"]),
            ]),
    ]
}
