import PartnershipStore

/// A Home Office or ONS publication as the platform imports it: its name on the command line,
/// the tables it is read into (recognised by header when there are several), the migrations
/// that create them, and the copies shipped with the project. Programmes declare the datasets
/// they read; the import commands, `import --bundled` and the schema are derived from that list.
public struct PublishedDataset: Sendable, Identifiable {
    /// `smp import <id> FILE…`, e.g. `asylum-support`.
    public let id: String
    public let abstract: String
    /// What one file of it is, in a sentence: "an NRM table".
    public let kind: String
    /// What the file must look like, for the message when a file is not recognised.
    public let expected: String
    public let tables: [any PublishedTable]
    public let migrations: [Migration]
    /// Bundled files, in the order `import --bundled` loads them, with the table each goes into.
    public let bundled: [(file: String, table: any PublishedTable)]

    public init(
        id: String, kind: String, abstract: String, expected: String, tables: [any PublishedTable], migrations: [Migration],
        bundled: [(file: String, table: any PublishedTable)]
    ) {
        self.id = id
        self.abstract = abstract
        self.kind = kind
        self.expected = expected
        self.tables = tables
        self.migrations = migrations
        self.bundled = bundled
    }

    /// The migrations as a schema part owned by this dataset.
    public var schemaPart: SchemaPart { SchemaPart(owner: "published.\(id)", migrations: migrations) }

    /// The table a file with this header is, when the dataset has one table or recognises it.
    public func table(forHeader header: [String]) -> (any PublishedTable)? {
        if tables.count == 1 { return tables[0] }
        return tables.first { $0.recognises(header: header) }
    }
}

extension PublishedDataset {
    public static let asylumSupport = PublishedDataset(
        id: AsylumSupportTable.dataset, kind: "an Asy_D11 table", abstract: "Home Office Asy_D11: people on asylum support by LA and quarter.",
        expected: "the Asy_D11 columns", tables: [AsylumSupportTable()], migrations: AsylumSupportTable.migrations,
        bundled: [("ho-local_authority_support.csv", AsylumSupportTable())])

    public static let resettlement = PublishedDataset(
        id: ResettlementTable.dataset, kind: "a Res_D01 table", abstract: "Home Office Res_D01: resettlement arrivals by LA, scheme and quarter.",
        expected: "the Res_D01 columns", tables: [ResettlementTable()], migrations: ResettlementTable.migrations,
        bundled: [("ho-local_authority_resettlement.csv", ResettlementTable())])

    public static let nts = PublishedDataset(
        id: NTSTable.dataset, kind: "an NTS_01 table",
        abstract: "Home Office NTS_01: UASC transfers in and out by LA per quarter (names matched to codes).",
        expected: "the NTS_01 columns", tables: [NTSTable()], migrations: NTSTable.migrations,
        bundled: [("ho-nts.csv", NTSTable())])

    public static let nrm = PublishedDataset(
        id: "nrm", kind: "an NRM table",
        abstract: "Home Office NRM tables: referrals and reasonable/conclusive grounds decisions (each file recognised by its columns).",
        expected: "the columns of the NRM referrals, reasonable-grounds, conclusive-grounds or first-responder tables",
        tables: NRMSchema.tables, migrations: NRMSchema.migrations,
        bundled: [
            ("ho-nrm_reasonable_grounds.csv", NRMDecisionsTable(stage: .reasonableGrounds)),
            ("ho-nrm_conclusive_grounds.csv", NRMDecisionsTable(stage: .conclusiveGrounds)),
            ("ho-nrm_referrals_longitudinal.csv", NRMReferralsTable()),
            ("ho-nrm_referrals_local-authority_2023_q4.csv", NRMFirstResponderTable()),
        ])

    /// ONS mid-year estimates: reference geography every programme and the region checks share.
    public static let population = PublishedDataset(
        id: "population", kind: "an ONS single-year-of-age file",
        abstract: "ONS mid-year estimates by single year of age (lower- or upper-tier LAs).",
        expected: "an ONS single-year-of-age file: ltlaYY_code or utlaYY_code, the name, total_population, 0 … 89, 90+",
        tables: [PopulationTable(tier: .lower), PopulationTable(tier: .upper)], migrations: PopulationTable.migrations,
        bundled: [
            ("ons-mye2019-persons-single-year-of-age-ltla19.csv", PopulationTable(tier: .lower)),
            ("ons-mye2019-persons-single-year-of-age-utla19.csv", PopulationTable(tier: .upper)),
        ])
}
