import ArgumentParser
import Foundation
import Logging
import PartnershipCore
import ProgrammeKit
import RegionModules

/// Writing a command's output, and the shared "load the regions or fail clearly" steps.
public enum Console {
    private static var sink: OutputSink { CommandContext.current?.output ?? .standard }

    public static func out(_ text: String) { sink.out(text) }

    public static func err(_ text: String) { sink.err(text.hasSuffix("\n") ? text : text + "\n") }

    /// The registry of the command line being run.
    public static func registry() throws -> CLIRegistry { try CommandContext.required().registry }

    /// The logger of the command line being run.
    public static var logger: Logger { CommandContext.current?.logger ?? Logger(label: "smp") }

    /// Loads the catalog. One module's errors stay in that module: it is left out with a one-line
    /// warning naming it, and the other regions work. Fails only when there is no regions folder.
    public static func catalog(_ option: RegionsOption, businessDocuments: Bool = true) throws -> RegionCatalog {
        let catalog = RegionCatalog(folder: option.folder, registry: try registry().platform.programmes, businessDocuments: businessDocuments)
        if catalog.results.isEmpty, !catalog.catalogDiagnostics.errors.isEmpty {
            throw CommandError(catalog.catalogDiagnostics.errors.map(\.description).joined(separator: "\n"))
        }
        for module in catalog.broken {
            err("warning: region module \(module.folder)/ has \(module.errors.count) error(s) and is left out; 'smp validate' lists them")
        }
        return catalog
    }

    /// The region module `id`, reading only its folder (`regions/<id>/`); every module is read
    /// when no folder has that name, so an unknown id lists the known ones.
    public static func region(_ id: String, _ option: RegionsOption) throws -> Region {
        let one = RegionCatalog(folder: option.folder, registry: try registry().platform.programmes, only: id)
        if let region = one.region(id) { return region }
        if let module = one.broken.first, module.id == id || module.folder == id {
            throw CommandError(
                module.errors.map(\.description).joined(separator: "\n")
                    + "\nregion module \(module.folder)/ has \(module.errors.count) error(s): fix them (smp validate) to use it")
        }
        return try region(id, in: catalog(option))
    }

    public static func region(_ id: String, in catalog: RegionCatalog) throws -> Region {
        guard let region = catalog.region(id) else {
            if let module = catalog.broken.first(where: { $0.folder == id || $0.id == id }) {
                throw CommandError(
                    module.errors.map(\.description).joined(separator: "\n")
                        + "\nregion module \(module.folder)/ has \(module.errors.count) error(s): fix them (smp validate) to use it")
            }
            let ids = catalog.regions.map(\.id)
            let hint = NearestName.to(id, in: ids).map { " Did you mean '\($0)'?" } ?? ""
            throw CommandError("unknown region '\(id)'. Known regions: \(ids.joined(separator: ", ")).\(hint)")
        }
        return region
    }
}
