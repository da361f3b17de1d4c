import CommandLineKit
import Composition
import Foundation
import Logging
import SMPCommands
import TestSupport

/// Runs `smp` command lines in this process with a registry the test chose, capturing output.
struct InProcessCLI {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String

        func json() async throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] else {
                throw CommandError("not a JSON object: \(stdout.prefix(200))")
            }
            return object
        }
    }

    /// Collects text written from any task.
    final class Buffer: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ more: String) { lock.withLock { text += more } }
        var value: String { lock.withLock { text } }
    }

    let registry: CLIRegistry

    init(_ registry: CLIRegistry) { self.registry = registry }

    /// The standard programmes (what `smp` ships), optionally with more.
    init(adding extra: [any CLIProgramme] = []) throws {
        registry = try CLIRegistry(StandardProgrammes.all() + extra)
    }

    func callAsFunction(_ arguments: [String]) async -> Run {
        let out = Buffer(), err = Buffer()
        let context = CommandContext(registry: registry, logger: Logger(label: "smp-test"), output: OutputSink(out: out.append, err: err.append))
        let status = await SMPCommandLine.run(arguments, context: context)
        return Run(status: status, stdout: out.value, stderr: err.value)
    }
}
