import Foundation
import PartnershipCore

/// Every region module under a folder (`regions/` by default). Folders starting with `_` or `.`
/// (the template) are not regions.
public struct RegionCatalog: Sendable {
    public let folder: URL
    public let results: [RegionModuleLoader.Result]
    /// Problems across modules (e.g. two modules with the same id).
    public let catalogDiagnostics: [Diagnostic]

    /// The usable regions: modules without errors, and of two modules claiming one id only the first.
    public var regions: [Region] { results.filter { !duplicates.contains($0.folder.lastPathComponent) }.compactMap(\.region) }

    /// The active regions: what the comparison and reports cover (drafts are left out).
    public var activeRegions: [Region] { regions.filter { $0.status == .active } }

    /// Modules left out because of errors: folder, declared id and the errors.
    public var broken: [(folder: String, id: String?, errors: [Diagnostic])] {
        results.compactMap { result in
            let folder = result.folder.lastPathComponent
            let errors = result.diagnostics.errors + catalogDiagnostics.errors.filter { $0.file.hasPrefix(folder + "/") }
            return errors.isEmpty ? nil : (folder, result.declaredID, errors)
        }
    }

    /// Folders whose id another module already uses.
    private let duplicates: Set<String>
    public var diagnostics: [Diagnostic] { results.flatMap(\.diagnostics) + catalogDiagnostics }

    /// Loads every module, or with `only` just the module in that folder (a command about one
    /// region reads nothing else; checks across modules are `smp validate`'s); a missing folder is
    /// reported as a diagnostic, not a crash. Without `businessDocuments` the modules' plans and
    /// finance statements are not read (see `RegionModuleLoader.readsBusinessDocuments`).
    public init(folder: URL, registry: ProgrammeRegistry, only: String? = nil, businessDocuments: Bool = true) {
        self.folder = folder
        let loader = RegionModuleLoader(registry: registry, readsBusinessDocuments: businessDocuments)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            results = []
            catalogDiagnostics = [Diagnostic(.error, file: folder.path, message: "no regions folder here (pass --regions DIR or set SMP_REGIONS)")]
            duplicates = []
            return
        }
        let listed = only.map { [$0] } ?? ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        let names = listed.filter { name in
            var dir: ObjCBool = false
            return !name.hasPrefix("_") && !name.hasPrefix(".") && !name.contains("/")
                && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &dir) && dir.boolValue
        }
        // A module folder that is a symbolic link out of the regions folder is refused: what is
        // validated must be what is in the folder.
        let root = folder.resolvingSymlinksInPath().path + "/"
        var outside: [Diagnostic] = []
        let inside = names.filter { name in
            let target = folder.appendingPathComponent(name).resolvingSymlinksInPath().path
            guard target.hasPrefix(root) else {
                outside.append(
                    Diagnostic(
                        .error, file: "\(name)/", message: "is a symbolic link out of the regions folder (to \(target)): copy the module in instead"))
                return false
            }
            return true
        }
        // Each module is read on its own core: they share nothing until the cross-module checks below.
        let base = folder.deletingLastPathComponent()
        results = inside.map { folder.appendingPathComponent($0) }.concurrentMap { loader.load($0, relativeTo: base) }
        var ids: [String: String] = [:]
        var codes: [ONSCode: String] = [:]
        var problems: [Diagnostic] = outside
        var duplicates: Set<String> = []
        for result in results {
            let folderName = result.folder.lastPathComponent
            if let id = result.declaredID {
                if let other = ids[id] {
                    duplicates.insert(folderName)
                    problems.append(
                        Diagnostic(
                            .error, file: "\(folderName)/region.yaml", line: result.idLine, field: "id",
                            message: "region id '\(id)' is also used by \(other)/"))
                }
                ids[id] = ids[id] ?? folderName
            }
            if let code = result.declaredRegionCode {
                if let other = codes[code] {
                    problems.append(
                        Diagnostic(
                            .error, file: "\(folderName)/region.yaml", line: result.regionCodeLine, field: "ons-region-code",
                            message: "ONS region \(code) is already covered by \(other)/"))
                }
                codes[code] = codes[code] ?? folderName
            }
        }
        // An LA belongs to one partnership: listed twice, it would be counted twice in the comparison.
        var owner: [ONSCode: String] = [:]
        for result in results {
            let folderName = result.folder.lastPathComponent
            for la in result.listed {
                if let other = owner[la.code] {
                    problems.append(
                        Diagnostic(
                            .error, file: "\(folderName)/local-authorities.csv", line: la.line, row: la.row, field: "ons_code",
                            message:
                                "\(la.code) \(la.name) is also in \(other)/: an LA belongs to one partnership (it would be counted twice in compare)")
                    )
                } else {
                    owner[la.code] = folderName
                }
            }
        }
        catalogDiagnostics = problems
        self.duplicates = duplicates
    }

    public func region(_ id: String) -> Region? { regions.first { $0.id == id } }
}
