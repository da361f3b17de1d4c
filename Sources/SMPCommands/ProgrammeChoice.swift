import ArgumentParser
import PartnershipCore
import ProgrammeKit

/// `--programme ID` checked against the registry.
enum ProgrammeChoice {
    static func plugins(_ id: ProgrammeID?, in registry: PlatformRegistry) throws -> [any ProgrammePlugin] {
        guard let id else { return registry.plugins }
        guard let found = registry[id] else {
            throw ValidationError("unknown programme '\(id)'; the programmes are \(registry.ids.map(\.rawValue).joined(separator: ", "))")
        }
        return [found]
    }
}
