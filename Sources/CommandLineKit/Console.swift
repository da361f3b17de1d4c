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

    /// Loads the catalog; when any module has errors, fails with them all.
    public static func catalog(_ option: RegionsOption) throws -> RegionCatalog {
        let catalog = RegionCatalog(folder: option.folder, registry: try registry().platform.programmes)
        let errors = catalog.diagnostics.errors
        guard errors.isEmpty else {
            throw CommandError(
                errors.map(\.description).joined(separator: "\n")
                    + "\n\(errors.count) error(s) in region modules under \(option.folder.path); run 'smp validate' for details")
        }
        return catalog
    }

    public static func region(_ id: String, in catalog: RegionCatalog) throws -> Region {
        guard let region = catalog.region(id) else {
            let ids = catalog.regions.map(\.id)
            let hint = NearestName.to(id, in: ids).map { " Did you mean '\($0)'?" } ?? ""
            throw CommandError("unknown region '\(id)'. Known regions: \(ids.joined(separator: ", ")).\(hint)")
        }
        return region
    }
}
