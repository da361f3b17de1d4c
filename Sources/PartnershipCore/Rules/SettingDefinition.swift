/// One setting a programme reads from region modules, with its national rule where one exists.
public struct SettingDefinition: Sendable, Identifiable {
    public var id: String { key }
    /// The key in `region.yaml` under `programmes.<id>.settings`.
    public let key: String
    public let title: String
    public let kind: SettingKind
    public let unit: String?
    /// The national rule, one entry per policy version. Empty where only regions set a value
    /// (e.g. a regional resettlement target).
    public let national: [DatedValue<SettingValue>]
    /// Whether a region may set its own value (e.g. a local cluster agreement).
    public let regionMayOverride: Bool

    public init(
        key: String, title: String, kind: SettingKind, unit: String? = nil,
        national: [DatedValue<SettingValue>] = [], regionMayOverride: Bool = true
    ) {
        self.key = key
        self.title = title
        self.kind = kind
        self.unit = unit
        self.national = national
        self.regionMayOverride = regionMayOverride
    }
}
