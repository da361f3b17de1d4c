import Foundation
import PartnershipCore

/// Reads and validates one region module folder into a `Region`, reporting every problem in it
/// at once. A module with errors yields no region; warnings do not stop it.
public struct RegionModuleLoader: Sendable {
    public let registry: ProgrammeRegistry
    /// Whether business plans and finance statements (`plan-*.yaml`, `finance-*.yaml`) are read:
    /// a command that shows neither (the national comparison) leaves them, and the region's
    /// `plans` and `finances` are then empty; `smp validate`, reports and the server read them.
    public let readsBusinessDocuments: Bool

    public init(registry: ProgrammeRegistry, readsBusinessDocuments: Bool = true) {
        self.registry = registry
        self.readsBusinessDocuments = readsBusinessDocuments
    }

    /// The outcome of loading one module.
    public struct Result: Sendable {
        public let folder: URL
        /// The id the module declares, even when it has errors (for cross-module checks).
        public let declaredID: String?
        public let declaredRegionCode: ONSCode?
        /// Lines of `id:` and `ons-region-code:` in region.yaml, for cross-module messages.
        public let idLine: Int?
        public let regionCodeLine: Int?
        /// The LAs the module lists and where, even when it has errors (for cross-module checks).
        public let listed: [(code: ONSCode, name: String, line: Int, row: Int, authority: LocalAuthority)]
        /// LAs of the ONS region left out on purpose (`excluded:` in region.yaml), with their lines.
        public let excluded: [ExcludedAuthority]
        public let region: Region?
        public let diagnostics: [Diagnostic]
    }

    /// Loads `folder`; file paths in diagnostics are shown relative to `relativeTo` when given.
    public func load(_ folder: URL, relativeTo base: URL? = nil) -> Result {
        let sink = DiagnosticSink()
        let prefix = Self.displayPrefix(folder, base: base)
        func read(_ name: String, required: Bool) -> String? {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                if required { sink.error(prefix + name, "required file is missing") }
                return nil
            }
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                sink.error(prefix + name, "cannot read the file as UTF-8 text")
                return nil
            }
            return text
        }

        let regionFile = read(RegionFileReader.file, required: true).flatMap {
            RegionFileReader(registry: registry, sink: sink, displayPath: prefix + RegionFileReader.file).read($0)
        }
        let authorityFile = read(LocalAuthoritiesReader.file, required: true).map {
            LocalAuthoritiesReader(sink: sink, displayPath: prefix + LocalAuthoritiesReader.file).readWithPositions($0)
        }
        let authorities = authorityFile?.authorities ?? []
        let listed = authorities.compactMap { la in authorityFile?.positions[la.code].map { (la.code, la.name, $0.line, $0.row, la) } }

        var optional = OptionalFilesReader(sink: sink)
        let baseline = read("baseline.yaml", required: false).map { optional.baseline($0, file: prefix + "baseline.yaml") } ?? []
        let indicators = Set(registry.indicators.map(\.id))
        for figure in baseline {
            if let indicator = figure.indicator, !indicators.contains(indicator) {
                sink.error(
                    prefix + "baseline.yaml", line: nil, field: "figures[\(figure.id)].compare-with",
                    "'\(indicator)' is not an indicator; 'smp programmes' lists them (e.g. vprs.arrived)")
            }
        }
        var plans: [BusinessPlan] = []
        var finances: [FinanceStatement] = []
        let names = readsBusinessDocuments ? ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() : []
        for name in names {
            for kind in ["plan", "finance"] where name.hasPrefix(kind + "-") {
                let stem = name.dropFirst(kind.count + 1)
                guard stem.hasSuffix(".yaml"), let year = FinancialYear(String(stem.dropLast(5))) else {
                    sink.error(prefix + name, "file name must be \(kind)-YYYY-YY.yaml (e.g. \(kind)-2018-19.yaml)")
                    continue
                }
                guard let text = read(name, required: true) else { continue }
                if kind == "plan" {
                    optional.plan(text, file: prefix + name, expectedYear: year).map { plans.append($0) }
                } else {
                    optional.finance(text, file: prefix + name, expectedYear: year).map { finances.append($0) }
                }
            }
        }

        if let regionFile {
            crossCheck(regionFile, authorities: authorities, optionalSources: optional.sourceReferences, folder: folder, prefix: prefix, sink: sink)
        }
        let errors = sink.diagnostics.contains { $0.severity == .error }
        guard !errors, let file = regionFile, let id = file.id, let name = file.name, let shortName = file.shortName,
            let lead = file.leadOrganisation, let established = file.established
        else {
            return Result(
                folder: folder, declaredID: regionFile?.id, declaredRegionCode: regionFile?.onsRegionCode, idLine: regionFile?.idLine,
                regionCodeLine: regionFile?.regionCodeLine, listed: listed, excluded: regionFile?.excluded ?? [], region: nil,
                diagnostics: sink.diagnostics)
        }
        let region = Region(
            id: id, name: name, shortName: shortName, onsRegionCode: file.onsRegionCode, leadOrganisation: lead,
            established: established, governance: file.governance, programmes: file.programmes, reportingCalendar: file.calendar,
            sources: file.sources, localAuthorities: authorities, baseline: baseline, plans: plans, finances: finances, status: file.status)
        return Result(
            folder: folder, declaredID: id, declaredRegionCode: file.onsRegionCode, idLine: file.idLine, regionCodeLine: file.regionCodeLine,
            listed: listed, excluded: file.excluded, region: region, diagnostics: sink.diagnostics)
    }

    private func crossCheck(
        _ file: RegionFileReader.Result, authorities: [LocalAuthority],
        optionalSources: [(id: String, file: String, line: Int?, field: String)], folder: URL, prefix: String, sink: DiagnosticSink
    ) {
        let regionPath = prefix + RegionFileReader.file
        if let id = file.id, id != folder.lastPathComponent {
            sink.error(regionPath, line: 1, field: "id", "id '\(id)' does not match the folder name '\(folder.lastPathComponent)'")
        }
        let codes = Set(authorities.map(\.code))
        if !authorities.isEmpty {
            for reference in file.codeReferences where !codes.contains(reference.code) {
                sink.error(
                    regionPath, line: reference.line, field: reference.field,
                    "\(reference.code) is not an LA of this region (see local-authorities.csv)")
            }
        }
        for excluded in file.excluded where codes.contains(excluded.code) {
            sink.error(
                regionPath, line: excluded.line, field: "excluded",
                "\(excluded.code) is listed in local-authorities.csv and also excluded", suggestion: "keep one of the two")
        }
        let sourceIDs = file.sources.map(\.id)
        let references =
            file.sourceReferences.map { ($0.id, regionPath, $0.line, $0.field) } + optionalSources.map { ($0.id, $0.file, $0.line, $0.field) }
        for (id, path, line, field) in references where !sourceIDs.contains(id) {
            let suggestion = NearestName.to(id, in: sourceIDs).map { "did you mean '\($0)'?" } ?? "add it under 'sources' in region.yaml"
            sink.error(path, line: line, field: field, "unknown source '\(id)'", suggestion: suggestion)
        }
    }

    static func displayPrefix(_ folder: URL, base: URL?) -> String {
        let path = folder.standardizedFileURL.path
        if let base {
            let basePath = base.standardizedFileURL.path
            if path.hasPrefix(basePath + "/") { return String(path.dropFirst(basePath.count + 1)) + "/" }
        }
        return path + "/"
    }
}
