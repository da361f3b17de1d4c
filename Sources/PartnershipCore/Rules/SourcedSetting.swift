/// A setting value a region module sets, with the document that agrees it.
public struct SourcedSetting: Hashable, Sendable, Codable {
    public let value: SettingValue
    public let source: String?
    public let asOf: Day?
    /// What a person wants to record about the value, such as how sure it is.
    public let notes: String?
    /// A hypothetical value from `smp what-if`: it stands in for national rules too, and is
    /// never a rule in force.
    public let whatIf: Bool

    public init(value: SettingValue, source: String? = nil, asOf: Day? = nil, notes: String? = nil, whatIf: Bool = false) {
        self.value = value
        self.source = source
        self.asOf = asOf
        self.notes = notes
        self.whatIf = whatIf
    }
}
