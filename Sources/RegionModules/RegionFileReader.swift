import PartnershipCore
import Yams

/// Reads `region.yaml`: identity, governance, programme switches and settings, reporting calendar
/// and sources. Cross-file checks (LAs named in settings) happen in `RegionModuleLoader`.
struct RegionFileReader {
    static let file = "region.yaml"
    static let topKeys = [
        "id", "name", "short-name", "ons-region-code", "lead-organisation", "established", "governance",
        "programmes", "reporting-calendar", "sources", "status", "excluded",
    ]

    let registry: ProgrammeRegistry
    let sink: DiagnosticSink
    let displayPath: String

    /// Codes named inside region.yaml (rotas, groups), kept with their lines for the LA check.
    struct CodeReference {
        let code: ONSCode
        let line: Int?
        let field: String
    }

    struct Result {
        var id: String?
        var name: String?
        var shortName: String?
        var onsRegionCode: ONSCode?
        var leadOrganisation: String?
        var established: String?
        var status = RegionStatus.active
        var idLine: Int?
        var regionCodeLine: Int?
        var governance = Governance()
        var programmes: [ProgrammeID: ProgrammeConfig] = [:]
        var calendar: [ReportingDeadline] = []
        var sources: [SourceDocument] = []
        var codeReferences: [CodeReference] = []
        /// `source:` values with their lines, checked against `sources` once all are read.
        var sourceReferences: [(id: String, line: Int?, field: String)] = []
        /// LAs of the ONS region the partnership does not cover, each with why.
        var excluded: [ExcludedAuthority] = []
    }

    func read(_ text: String) -> Result? {
        guard let top = YAMLMapping.parse(text, file: displayPath, sink: sink) else { return nil }
        top.checkKeys(Self.topKeys)
        var result = Result()
        result.id = top.string("id", required: true)
        result.idLine = top.line(of: "id")
        result.regionCodeLine = top.line(of: "ons-region-code")
        if let id = result.id, !RegionID.isValid(id) {
            sink.error(displayPath, line: top.line(of: "id"), field: "id", "'\(id)' must be lower-case words joined by hyphens (e.g. east-midlands)")
        }
        result.name = top.string("name", required: true)
        if let status = top.string("status", required: false) {
            if let parsed = RegionStatus(rawValue: status) {
                result.status = parsed
            } else {
                sink.error(displayPath, line: top.line(of: "status"), field: "status", "'\(status)' is not active or draft")
            }
        }
        result.shortName = top.string("short-name", required: true)
        if let code = top.string("ons-region-code", required: true) {
            if let parsed = ONSCode(code),
                parsed.entity == "E12" || parsed.entity.hasPrefix("W") || parsed.entity.hasPrefix("S") || parsed.entity.hasPrefix("N")
            {
                result.onsRegionCode = parsed
            } else {
                sink.error(
                    displayPath, line: top.line(of: "ons-region-code"), field: "ons-region-code",
                    "'\(code)' is not an ONS region code (E12000001 to E12000009)")
            }
        }
        result.leadOrganisation = top.string("lead-organisation", required: true)
        result.established = top.string("established", required: true)
        result.sources = readSources(top)
        if let governance = top.mapping("governance") { result.governance = readGovernance(governance, into: &result) }
        if let programmes = top.mapping("programmes", required: true) { result.programmes = readProgrammes(programmes, into: &result) }
        result.excluded = top.mappings("excluded").compactMap { entry in
            entry.checkKeys(["ons-code", "name", "reason", "source"])
            let text = entry.string("ons-code", required: true)
            let reason = entry.string("reason", required: true)
            let source = source(entry, into: &result)
            guard let text, let reason else { return nil }
            guard let code = ONSCode(text) else {
                sink.error(
                    displayPath, line: entry.line(of: "ons-code"), field: entry.field("ons-code"), "'\(text)' is not an ONS code (e.g. E06000002)")
                return nil
            }
            return ExcludedAuthority(code: code, reason: reason, source: source, line: entry.line(of: "ons-code"))
        }
        result.calendar = top.mappings("reporting-calendar").compactMap { entry in
            entry.checkKeys(["report", "due", "recipient", "source"])
            guard let report = entry.string("report", required: true), let due = entry.string("due", required: true) else { return nil }
            return ReportingDeadline(report: report, due: due, recipient: entry.string("recipient"), source: source(entry, into: &result))
        }
        return result
    }

    private func readSources(_ top: YAMLMapping) -> [SourceDocument] {
        var seen = Set<String>()
        return top.mappings("sources").compactMap { entry in
            entry.checkKeys(["id", "title", "reference", "as-of"])
            guard let id = entry.string("id", required: true), let title = entry.string("title", required: true) else { return nil }
            if !seen.insert(id).inserted { sink.error(displayPath, line: entry.line, field: entry.field("id"), "source id '\(id)' is used twice") }
            return SourceDocument(id: id, title: title, reference: entry.string("reference"), asOf: entry.day("as-of"))
        }
    }

    /// A `source:` field: the id of an entry under `sources`.
    private func source(_ mapping: YAMLMapping, into result: inout Result) -> String? {
        guard let id = mapping.string("source") else { return nil }
        result.sourceReferences.append((id, mapping.line(of: "source"), mapping.field("source")))
        return id
    }

    private func readGovernance(_ governance: YAMLMapping, into result: inout Result) -> Governance {
        governance.checkKeys(["board", "sub-regional-groups", "task-groups"])
        func body(_ entry: YAMLMapping) -> GovernanceBody? {
            entry.checkKeys(["name", "description", "meets", "local-authorities", "source", "notes"])
            guard let name = entry.string("name", required: true) else { return nil }
            let codes = entry.codes("local-authorities")
            result.codeReferences += codes.map { CodeReference(code: $0.code, line: $0.line, field: entry.field("local-authorities")) }
            return GovernanceBody(
                name: name, description: entry.string("description"), meets: entry.string("meets"),
                localAuthorities: codes.map(\.code), source: source(entry, into: &result), notes: entry.string("notes"))
        }
        return Governance(
            board: governance.mapping("board").flatMap(body),
            subRegionalGroups: governance.mappings("sub-regional-groups").compactMap(body),
            taskGroups: governance.mappings("task-groups").compactMap(body))
    }

    private func readProgrammes(_ programmes: YAMLMapping, into result: inout Result) -> [ProgrammeID: ProgrammeConfig] {
        var configs: [ProgrammeID: ProgrammeConfig] = [:]
        let known = registry.ids.map(\.rawValue)
        for (key, node) in programmes.pairs {
            guard let programme = registry[ProgrammeID(key)] else {
                let suggestion =
                    NearestName.to(key, in: known).map { "did you mean '\($0)'?" } ?? "known programmes: \(known.joined(separator: ", "))"
                sink.error(
                    displayPath, line: programmes.line(of: key), field: programmes.field(key), "unknown programme id '\(key)'", suggestion: suggestion
                )
                continue
            }
            guard let entry = YAMLMapping(node, file: displayPath, path: programmes.field(key), sink: sink) else { continue }
            entry.checkKeys(["enabled", "settings"])
            guard let enabled = entry.bool("enabled") else {
                if entry.node("enabled") == nil {
                    sink.error(displayPath, line: entry.line, field: entry.field("enabled"), "required field is missing (true or false)")
                }
                continue
            }
            var settings: [String: SourcedSetting] = [:]
            if let block = entry.mapping("settings") {
                settings = readSettings(block, of: programme, into: &result)
            }
            configs[programme.id] = ProgrammeConfig(enabled: enabled, settings: settings)
        }
        return configs
    }

    private func readSettings(_ block: YAMLMapping, of programme: any Programme, into result: inout Result) -> [String: SourcedSetting] {
        var settings: [String: SourcedSetting] = [:]
        let keys = programme.settings.map(\.key)
        for (key, node) in block.pairs {
            let field = block.field(key)
            guard let definition = programme.settings.first(where: { $0.key == key }) else {
                let suggestion =
                    NearestName.to(key, in: keys).map { "did you mean '\($0)'?" } ?? "settings of \(programme.id): \(keys.joined(separator: ", "))"
                sink.error(
                    displayPath, line: block.line(of: key), field: field, "unknown setting '\(key)' for programme \(programme.id)",
                    suggestion: suggestion)
                continue
            }
            if !definition.regionMayOverride {
                sink.error(displayPath, line: block.line(of: key), field: field, "'\(key)' is a national rule and cannot be set by a region")
                continue
            }
            var valueNode = node
            var sourceID: String?
            var asOf: Day?
            var notes: String?
            if case .mapping = node, let detail = YAMLMapping(node, file: displayPath, path: field, sink: sink) {
                detail.checkKeys(["value", "source", "as-of", "notes"])
                guard let inner = detail.node("value") else {
                    sink.error(displayPath, line: detail.line, field: "\(field).value", "required field is missing")
                    continue
                }
                valueNode = inner
                sourceID = source(detail, into: &result)
                asOf = detail.day("as-of")
                notes = detail.string("notes")
            }
            guard let value = SettingParser.parse(valueNode, kind: definition.kind, field: field, file: displayPath, sink: sink) else { continue }
            if case .codes(let codes) = value {
                result.codeReferences += codes.map { CodeReference(code: $0, line: valueNode.mark?.line, field: field) }
            }
            settings[key] = SourcedSetting(value: value, source: sourceID, asOf: asOf, notes: notes)
        }
        return settings
    }
}
