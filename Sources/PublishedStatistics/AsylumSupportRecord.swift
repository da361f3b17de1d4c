import PartnershipCore

/// One row of Home Office Asy_D11: people on asylum support in an LA at a quarter end, by support
/// type and accommodation type, with the LA code moved to today's boundaries.
public struct AsylumSupportRecord: Sendable, Hashable {
    public let snapshot: Day
    /// Today's code; nil for the non-geographic rows (`N/A - Section 4 (pre-2018)` etc.).
    public let laCode: ONSCode?
    public let laName: String
    public let region: String
    public let supportType: SupportType
    public let accommodationType: String
    public let people: Int

    public enum SupportType: String, Sendable, CaseIterable {
        case section95 = "Section 95", section4 = "Section 4", section98 = "Section 98"
    }

    /// The accommodation types Asy_D11 uses, with spelling variants folded to these.
    public static let accommodationTypes = [
        "Dispersal Accommodation", "Initial Accommodation", "Contingency Accommodation - Hotel", "Contingency Accommodation - Other",
        "Other Accommodation", "Subsistence Only", "N/A - Section 98 (pre-2023)",
    ]
}
