import PartnershipStore
import PublishedStatistics
import ResettlementCore

/// The store schema the executables use: the core ledger, the published tables, and each
/// programme's own tables, assembled here so the store never names a programme.
public enum StoreSchemaCatalog {
    public static let schema = StoreSchema([StoreSchema.core, PublishedSchema.migrations, ResettlementSchema.migrations])
}
