import Foundation
import PartnershipStore

/// Questions about the published side of the store as a whole.
public enum PublishedSchema {
    /// Every dataset this version can import, for tests and tools that stand outside a registry.
    public static let allDatasets: [PublishedDataset] = [.asylumSupport, .resettlement, .nts, .nrm, .population]

    /// True when nothing has been imported yet (a first run).
    public static func isEmpty(_ store: any SQLStore) async throws -> Bool {
        try await ImportLedger(store: store).all().isEmpty
    }
}

extension PublishedSchema {
    /// The core ledger and every dataset's tables: the schema for tools and tests of the published
    /// side alone (the executables derive theirs from the registry).
    public static func schema() throws -> StoreSchema {
        try StoreSchema([StoreSchema.core] + allDatasets.map(\.schemaPart))
    }
}
