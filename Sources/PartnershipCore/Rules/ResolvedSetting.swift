/// A setting's value for one region on one day, and where that value comes from.
public struct ResolvedSetting: Hashable, Sendable, Codable {
    public enum Origin: String, Sendable, Codable {
        case national, region
        /// A hypothetical value (`smp what-if`), not a rule in force.
        case whatIf = "what-if"
    }

    public let key: String
    public let value: SettingValue
    public let origin: Origin
    public let source: String?
    /// For national values: the day the policy version took effect.
    public let validFrom: Day?

    public init(key: String, value: SettingValue, origin: Origin, source: String?, validFrom: Day?) {
        self.key = key
        self.value = value
        self.origin = origin
        self.source = source
        self.validFrom = validFrom
    }
}
