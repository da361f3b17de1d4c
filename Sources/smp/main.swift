import CommandLineKit
import Composition
import Foundation
import Logging
import SMPCommands
import SystemTuning

// glibc gives each thread that allocates a heap of its own, and by default hands back any free
// top of one at once, only to ask for it again a moment later: one `smp compare` made 1,400
// mprotect calls, each pausing every thread. Keeping 4 MB spare at the top of a heap (address
// space, not memory until used) makes that about 30 calls and the command about 2 ms faster.
_ = smp_malloc_keep_top_pad(4 << 20)

// The composition root: build the registry once and pass it down to the command line, with a
// logger that writes to stderr (stdout is the command's output) at SMP_LOG_LEVEL (default warning).
var logger = Logger(label: "smp", factory: { StreamLogHandler.standardError(label: $0) })
logger.logLevel = ProcessInfo.processInfo.environment["SMP_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
let context: CommandContext
do {
    context = CommandContext(registry: try StandardProgrammes.registry(), logger: logger)
} catch {
    FileHandle.standardError.write(Data("smp: the programme registry is inconsistent: \(error)\n".utf8))
    exit(70)
}
exit(await SMPCommandLine.run(Array(CommandLine.arguments.dropFirst()), context: context))
