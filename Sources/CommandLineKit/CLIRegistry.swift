import ArgumentParser
import ProgrammeKit

/// The programmes `smp` offers, built once at the composition root and passed down. The command
/// tree, the import list, the store schema and the comparison all derive from it.
public struct CLIRegistry: Sendable {
    public let programmes: [any CLIProgramme]
    public let platform: PlatformRegistry

    public init(_ programmes: [any CLIProgramme]) throws {
        self.programmes = programmes
        // Upcast element by element: the compiler takes each ProgrammePlugin witness from the
        // CLIProgramme one, where an array conversion would look every conformance up at run time.
        platform = try PlatformRegistry(programmes.map { $0 as any ProgrammePlugin })
    }

    /// Every programme's commands, each type once, in registration order.
    public var commands: [any ParsableCommand.Type] { unique(programmes.flatMap(\.commands)) }

    /// Every programme's benchmarks, each type once.
    public var benchmarks: [any ParsableCommand.Type] { unique(programmes.flatMap(\.benchmarks)) }

    private func unique(_ types: [any ParsableCommand.Type]) -> [any ParsableCommand.Type] {
        var seen = Set<ObjectIdentifier>()
        return types.filter { seen.insert(ObjectIdentifier($0)).inserted }
    }
}

extension CLIRegistry {
    /// The registered programmes that conform to a family's protocol (e.g. every resettlement
    /// scheme), so shared commands find their schemes without naming their modules.
    public func programmes<Family>(of family: Family.Type) -> [Family] {
        programmes.compactMap { $0 as? Family }
    }
}
