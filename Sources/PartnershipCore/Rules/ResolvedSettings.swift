/// All of a programme's settings for one region on one day: the region's own values where it
/// sets them, otherwise the national rule in force that day.
public struct ResolvedSettings: Sendable {
    public let values: [String: ResolvedSetting]

    public init(definitions: [SettingDefinition], overrides: [String: SourcedSetting], on day: Day) {
        var values: [String: ResolvedSetting] = [:]
        for definition in definitions {
            if let local = overrides[definition.key], definition.regionMayOverride || local.whatIf {
                values[definition.key] = ResolvedSetting(
                    key: definition.key, value: local.value, origin: local.whatIf ? .whatIf : .region, source: local.source, validFrom: nil)
            } else if let rule = definition.national.inForce(on: day) {
                values[definition.key] = ResolvedSetting(
                    key: definition.key, value: rule.value, origin: .national, source: rule.source, validFrom: rule.validFrom)
            }
        }
        self.values = values
    }

    public subscript(key: String) -> ResolvedSetting? { values[key] }

    public func number(_ key: String) -> Double? { values[key]?.value.doubleValue }
    public func integer(_ key: String) -> Int? {
        if case .integer(let v) = values[key]?.value { return v }
        return nil
    }
    public func text(_ key: String) -> String? {
        if case .text(let v) = values[key]?.value { return v }
        return nil
    }
    public func flag(_ key: String) -> Bool? {
        if case .flag(let v) = values[key]?.value { return v }
        return nil
    }
    public func codes(_ key: String) -> [ONSCode] {
        if case .codes(let v) = values[key]?.value { return v }
        return []
    }
}
