import PartnershipStore

/// Tables for the Home Office's National Referral Mechanism statistics (UK-wide, not per LA).
public enum NRMSchema {
    public static let migrations = [
        Migration(
            "published.v1.nrm",
            [
                """
                CREATE TABLE nrm_decisions (
                    vintage_id BIGINT NOT NULL REFERENCES import_vintage(id) ON DELETE CASCADE,
                    stage TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    quarter INTEGER NOT NULL,
                    age_group TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    people INTEGER NOT NULL
                )
                """,
                """
                CREATE TABLE nrm_referrals (
                    vintage_id BIGINT NOT NULL REFERENCES import_vintage(id) ON DELETE CASCADE,
                    year INTEGER NOT NULL,
                    quarter INTEGER NOT NULL,
                    age_group TEXT NOT NULL,
                    location TEXT NOT NULL,
                    people INTEGER NOT NULL
                )
                """,
                """
                CREATE TABLE nrm_first_responder_referrals (
                    vintage_id BIGINT NOT NULL REFERENCES import_vintage(id) ON DELETE CASCADE,
                    year INTEGER NOT NULL,
                    quarter INTEGER NOT NULL,
                    first_responder_type TEXT NOT NULL,
                    first_responder TEXT NOT NULL,
                    exploitation_type TEXT NOT NULL,
                    age_group TEXT NOT NULL,
                    gender TEXT NOT NULL,
                    nationality TEXT NOT NULL,
                    people INTEGER NOT NULL
                )
                """,
            ]),
        Migration.bigintCounts(
            "published.v2.nrm.bigint-counts",
            [("nrm_decisions", ["people"]), ("nrm_referrals", ["people"]), ("nrm_first_responder_referrals", ["people"])]),
    ]

    /// Every NRM table kind, for `smp import nrm FILE...` to recognise each file by its header.
    public static let tables: [any PublishedTable] = [
        NRMDecisionsTable(stage: .reasonableGrounds), NRMDecisionsTable(stage: .conclusiveGrounds),
        NRMReferralsTable(), NRMFirstResponderTable(),
    ]

    /// `Q1`…`Q4` → 1…4; nil for anything else (a `Total` row is derived, not stored).
    static func quarter(_ text: String) -> Int? {
        guard text.count == 2, text.first == "Q", let number = Int(text.dropFirst()), (1...4).contains(number) else { return nil }
        return number
    }

    static let ageGroups = ["Adult (18 or over)", "Child (17 or under)", "Age not specified or unknown"]
}
