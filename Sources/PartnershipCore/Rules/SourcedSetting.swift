/// A setting value a region module sets, with the document that agrees it.
public struct SourcedSetting: Hashable, Sendable, Codable {
    public let value: SettingValue
    public let source: String?
    public let asOf: Day?

    public init(value: SettingValue, source: String? = nil, asOf: Day? = nil) {
        self.value = value
        self.source = source
        self.asOf = asOf
    }
}
