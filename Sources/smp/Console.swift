import Composition
import ArgumentParser
import Foundation
import PartnershipCore
import RegionModules

/// Writing to stdout/stderr, and the shared "load the regions or fail clearly" step.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Loads the catalog; when any module has errors, prints them all to stderr and exits 1.
    static func catalog(_ option: RegionsOption) throws -> RegionCatalog {
        let catalog = RegionCatalog(folder: option.folder, registry: ProgrammeCatalog.registry)
        let errors = catalog.diagnostics.errors
        guard errors.isEmpty else {
            err(errors.map(\.description).joined(separator: "\n"))
            err("\(errors.count) error(s) in region modules under \(option.folder.path); run 'smp validate' for details")
            throw ExitCode(1)
        }
        return catalog
    }

    static func region(_ id: String, in catalog: RegionCatalog) throws -> Region {
        guard let region = catalog.region(id) else {
            let ids = catalog.regions.map(\.id)
            let hint = NearestName.to(id, in: ids).map { " Did you mean '\($0)'?" } ?? ""
            err("unknown region '\(id)'. Known regions: \(ids.joined(separator: ", ")).\(hint)")
            throw ExitCode(1)
        }
        return region
    }
}
