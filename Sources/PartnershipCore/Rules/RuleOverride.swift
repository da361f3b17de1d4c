/// A hypothetical value for one programme setting, national rule or regional setting alike
/// (`dispersal.cluster-ratio=150`), checked against the setting's kind and range, for asking
/// "what if the rule were different?" without changing any rule in force.
public struct RuleOverride: Hashable, Sendable, CustomStringConvertible {
    public let programme: ProgrammeID
    public let key: String
    public let value: SettingValue

    public struct Problem: Error, CustomStringConvertible, Sendable { public let description: String }

    /// Parses `PROGRAMME.KEY=VALUE`, naming what is wrong (an unknown programme or setting, or a
    /// value of the wrong kind or out of range) with what would be accepted.
    public init(parsing text: String, in registry: ProgrammeRegistry) throws(Problem) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let dot = parts[0].firstIndex(of: ".") else {
            throw Problem(description: "'\(text)' is not PROGRAMME.SETTING=VALUE (e.g. dispersal.cluster-ratio=150)")
        }
        let id = ProgrammeID(String(parts[0][..<dot])), key = String(parts[0][parts[0].index(after: dot)...])
        guard let programme = registry[id] else {
            throw Problem(description: "no programme '\(id)'; programmes: \(registry.ids.map(\.rawValue).joined(separator: ", "))")
        }
        guard let definition = programme.settings.first(where: { $0.key == key }) else {
            throw Problem(description: "\(id) has no setting '\(key)'; its settings: \(programme.settings.map(\.key).joined(separator: ", "))")
        }
        let raw = parts[1].trimmingSpaces
        let value: SettingValue?
        switch definition.kind {
        case .integer: value = Int(raw).map(SettingValue.integer)
        case .number: value = Double(raw).map(SettingValue.number)
        case .flag:
            value = ["yes", "true"].contains(raw.lowercased()) ? .flag(true) : ["no", "false"].contains(raw.lowercased()) ? .flag(false) : nil
        case .choice, .text: value = .text(raw)
        case .day: value = Day(iso: raw).map(SettingValue.day)
        case .localAuthorities:
            let codes = raw.split(separator: ",").map { ONSCode(String($0).trimmingSpaces) }
            value = codes.contains(nil) ? nil : .codes(codes.compactMap { $0 })
        }
        guard let value else { throw Problem(description: "\(id).\(key): '\(raw)' is not a \(definition.kind.summary)") }
        if let problem = definition.kind.problem(with: value) { throw Problem(description: "\(id).\(key): \(problem)") }
        self.programme = id
        self.key = key
        self.value = value
    }

    public var description: String { "\(programme).\(key)=\(value)" }
}

extension Region {
    /// The same region with the hypothetical values in place of its settings and of the national
    /// rules, each labelled "what-if" wherever its source is shown.
    public func applying(_ rules: [RuleOverride]) -> Region {
        guard !rules.isEmpty else { return self }
        var configs = programmes
        for rule in rules {
            let current = configs[rule.programme] ?? ProgrammeConfig(enabled: false)
            var settings = current.settings
            settings[rule.key] = SourcedSetting(value: rule.value, source: "WHAT-IF \(rule) (not a rule in force)", whatIf: true)
            configs[rule.programme] = ProgrammeConfig(enabled: current.enabled, settings: settings)
        }
        return Region(
            id: id, name: name, shortName: shortName, onsRegionCode: onsRegionCode, leadOrganisation: leadOrganisation, established: established,
            governance: governance, programmes: configs, reportingCalendar: reportingCalendar, sources: sources, localAuthorities: localAuthorities,
            baseline: baseline, plans: plans, finances: finances, status: status, coverage: coverage)
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
