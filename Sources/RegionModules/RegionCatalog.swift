import Foundation
import PartnershipCore

/// Every region module under a folder (`regions/` by default). Folders starting with `_` or `.`
/// (the template) are not regions.
public struct RegionCatalog: Sendable {
    public let folder: URL
    public let results: [RegionModuleLoader.Result]
    /// Problems across modules (e.g. two modules with the same id).
    public let catalogDiagnostics: [Diagnostic]

    public var regions: [Region] { results.compactMap(\.region) }
    public var diagnostics: [Diagnostic] { results.flatMap(\.diagnostics) + catalogDiagnostics }

    /// Loads every module; a missing folder is reported as a diagnostic, not a crash.
    public init(folder: URL, registry: ProgrammeRegistry) {
        self.folder = folder
        let loader = RegionModuleLoader(registry: registry)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            results = []
            catalogDiagnostics = [Diagnostic(.error, file: folder.path, message: "no regions folder here (pass --regions DIR or set SMP_REGIONS)")]
            return
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().filter { name in
            var dir: ObjCBool = false
            return !name.hasPrefix("_") && !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &dir) && dir.boolValue
        }
        results = names.map { loader.load(folder.appendingPathComponent($0), relativeTo: folder.deletingLastPathComponent()) }
        var ids: [String: String] = [:]
        var codes: [ONSCode: String] = [:]
        var problems: [Diagnostic] = []
        for result in results {
            let folderName = result.folder.lastPathComponent
            if let id = result.declaredID {
                if let other = ids[id] {
                    problems.append(
                        Diagnostic(
                            .error, file: "\(folderName)/region.yaml", line: 1, field: "id",
                            message: "region id '\(id)' is also used by \(other)/"))
                }
                ids[id] = ids[id] ?? folderName
            }
            if let code = result.declaredRegionCode {
                if let other = codes[code] {
                    problems.append(
                        Diagnostic(
                            .error, file: "\(folderName)/region.yaml", field: "ons-region-code",
                            message: "ONS region \(code) is already covered by \(other)/"))
                }
                codes[code] = codes[code] ?? folderName
            }
        }
        catalogDiagnostics = problems
    }

    public func region(_ id: String) -> Region? { regions.first { $0.id == id } }
}
