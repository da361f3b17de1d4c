import PartnershipStore

/// The programme's own tables: UASC-in-care counts per LA and day, transfer requests and their steps.
public enum UASCSchema {
    public static var part: SchemaPart { SchemaPart(owner: "uasc-nts", migrations: migrations) }

    public static let migrations = [
        Migration(
            "uasc-nts.v1.records",
            [
                """
                CREATE TABLE uasc_in_care (
                    region TEXT NOT NULL, la_code TEXT NOT NULL, on_day TEXT NOT NULL, children INTEGER NOT NULL, source TEXT NOT NULL,
                    PRIMARY KEY (region, la_code, on_day)
                )
                """,
                """
                CREATE TABLE uasc_request (
                    region TEXT NOT NULL, child_ref TEXT NOT NULL, age_band TEXT NOT NULL, needs TEXT NOT NULL, referring_la TEXT NOT NULL,
                    requested_on TEXT NOT NULL, source TEXT NOT NULL,
                    PRIMARY KEY (region, child_ref)
                )
                """,
                """
                CREATE TABLE uasc_request_step (
                    region TEXT NOT NULL, child_ref TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, la_code TEXT NOT NULL,
                    on_day TEXT NOT NULL, reason TEXT,
                    PRIMARY KEY (region, child_ref, position)
                )
                """,
            ]),
        Migration.bigintCounts("uasc-nts.v2.bigint-counts", [("uasc_in_care", ["children"])]),
    ]
}
