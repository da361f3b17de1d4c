import Foundation
import Logging

/// What every command runs with: the registry built at the composition root, a logger, and
/// where its output goes. The root binds it for the duration of one command line (a task-local,
/// like swift-log's `Logger.current`), so there is no global and a test binds its own.
public struct CommandContext: Sendable {
    public let registry: CLIRegistry
    public let logger: Logger
    public let output: OutputSink

    public init(registry: CLIRegistry, logger: Logger, output: OutputSink = .standard) {
        self.registry = registry
        self.logger = logger
        self.output = output
    }

    /// The context of the command line being run.
    @TaskLocal public static var current: CommandContext?

    /// The bound context, or an error saying the command was run outside `smp`.
    public static func required() throws -> CommandContext {
        guard let current else { throw CommandError("internal: a command ran without its context; run it through SMPCommandLine.run") }
        return current
    }
}

/// Where a command's standard output and error text go: the process's streams, or a buffer in tests.
public struct OutputSink: Sendable {
    public let out: @Sendable (String) -> Void
    public let err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    public static let standard = OutputSink(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) })
}
