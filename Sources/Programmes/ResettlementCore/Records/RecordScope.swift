import PartnershipCore

/// Whose records: one region's, for one resettlement scheme. Every record belongs to exactly one
/// scope and every query is made within one, so a region never reads another's cases.
public struct RecordScope: Hashable, Sendable {
    public let region: String
    public let scheme: ProgrammeID

    public init(region: String, scheme: ProgrammeID) {
        self.region = region
        self.scheme = scheme
    }
}
