import ArgumentParser
import ProgrammeKit

/// A programme as the command line mounts it: the plugin contract plus the commands it brings
/// (`smp <its commands>`) and its benchmarks (`smp bench <…>`). This refinement lives on the
/// executable's side, so the host never sees ArgumentParser (as Hummingbird's `RouterMiddleware`
/// refines `MiddlewareProtocol`).
public protocol CLIProgramme: ProgrammePlugin {
    /// Top-level commands, mounted under `smp`. Schemes that share commands return the same types;
    /// each is mounted once.
    var commands: [any ParsableCommand.Type] { get }
    /// Benchmarks, mounted under `smp bench`.
    var benchmarks: [any ParsableCommand.Type] { get }
}

extension CLIProgramme {
    public var commands: [any ParsableCommand.Type] { [] }
    public var benchmarks: [any ParsableCommand.Type] { [] }
}
