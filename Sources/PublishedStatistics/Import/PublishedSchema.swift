import Foundation
import PartnershipStore

/// The published-statistics part of the store schema, and the tables that ship with the project.
public enum PublishedSchema {
    public static let migrations: [Migration] =
        AsylumSupportTable.migrations + ResettlementTable.migrations + NTSTable.migrations + NRMSchema.migrations + PopulationTable.migrations

    /// Each bundled file with the table it is imported as, in the order `smp import --bundled` loads them.
    public static var bundled: [(file: String, table: any PublishedTable)] {
        [
            ("ho-local_authority_support.csv", AsylumSupportTable()),
            ("ho-local_authority_resettlement.csv", ResettlementTable()),
            ("ho-nts.csv", NTSTable()),
            ("ho-nrm_reasonable_grounds.csv", NRMDecisionsTable(stage: .reasonableGrounds)),
            ("ho-nrm_conclusive_grounds.csv", NRMDecisionsTable(stage: .conclusiveGrounds)),
            ("ho-nrm_referrals_longitudinal.csv", NRMReferralsTable()),
            ("ho-nrm_referrals_local-authority_2023_q4.csv", NRMFirstResponderTable()),
            ("ons-mye2019-persons-single-year-of-age-ltla19.csv", PopulationTable(tier: .lower)),
            ("ons-mye2019-persons-single-year-of-age-utla19.csv", PopulationTable(tier: .upper)),
        ]
    }

    /// Imports every bundled file not yet in the store; returns one outcome per file.
    public static func importBundled(into store: any SQLStore, progress: @escaping (String, Double) -> Void = { _, _ in }) throws -> [(file: String, outcome: ImportOutcome)] {
        let importer = TableImporter(store: store)
        return try bundled.map { entry in
            (entry.file, try importer.importFile(BundledData.file(entry.file), as: entry.table) { progress(entry.file, $0) })
        }
    }

    /// True when nothing has been imported yet (a first run).
    public static func isEmpty(_ store: any SQLStore) throws -> Bool {
        try ImportLedger(store: store).all().isEmpty
    }
}
