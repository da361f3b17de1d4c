import CommandLineKit
import Composition
import Foundation
import Logging
import SMPCommands

// The composition root: build the registry once and pass it down to the command line.
let context: CommandContext
do {
    context = CommandContext(registry: try StandardProgrammes.registry(), logger: Logger(label: "smp"))
} catch {
    FileHandle.standardError.write(Data("smp: the programme registry is inconsistent: \(error)\n".utf8))
    exit(70)
}
exit(await SMPCommandLine.run(Array(CommandLine.arguments.dropFirst()), context: context))
