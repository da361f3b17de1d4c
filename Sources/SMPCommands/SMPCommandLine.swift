import ArgumentParser
import CommandLineKit
import Logging
import PublishedStatistics

/// Runs one `smp` command line with a registry: parses it, runs the command (async or not) with
/// the registry bound, and turns every error into one message and an exit status. Used by the
/// executable's `main` and, with their own registries and output, by tests.
public enum SMPCommandLine {
    /// The exit status: 0 on success, 1 for a command that failed, ArgumentParser's own for usage errors.
    public static func run(_ arguments: [String], context: CommandContext) async -> Int32 {
        prefetch(for: arguments)
        return await CommandContext.$current.withValue(context) {
            do {
                var command = try SMP.parseAsRoot(arguments)
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
                return 0
            } catch let error as CommandError {
                context.output.err(error.message.hasSuffix("\n") ? error.message : error.message + "\n")
                return 1
            } catch {
                let message = SMP.fullMessage(for: error)
                let code = SMP.exitCode(for: error)
                if !message.isEmpty {
                    let text = message.hasSuffix("\n") ? message : message + "\n"
                    code == .success ? context.output.out(text) : context.output.err(text)
                }
                return code.rawValue
            }
        }
    }

    /// Starts, on a thread of its own, reading what a command line will surely need, before it is
    /// parsed: parsing takes about 3 ms (mostly the Swift runtime's first look-ups) while the
    /// second core waits. An import checks every row against the bundled ONS lists (2-3 ms to
    /// read); whoever needs them then finds them read or being read. Nothing else is guessed.
    static func prefetch(for arguments: [String]) {
        if arguments.first == "import" { LocalAuthorityDirectory.loadInBackground() }
    }
}
