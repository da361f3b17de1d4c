import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One program run to its end as a child process, measured from launch to exit: wall-clock time
/// and peak resident memory. What a benchmark times: the whole path a user runs, start-up included.
///
/// The peak is the child's own high-water mark (`VmHWM` in /proc, read every 2 ms while it runs):
/// `wait4`'s `ru_maxrss` would report this process's size instead, because Linux records the
/// spawning process's memory as the child's at its exec.
public struct ChildProcess: Sendable {
    public let seconds: Double
    /// Peak resident set size, in bytes; 0 unless the run was asked to watch it.
    public let peakBytes: Int
    public let status: Int32
    /// What the program wrote to standard output.
    public let output: String

    /// What a run measures. Watching the peak reads the child's /proc status every millisecond,
    /// which takes some of the machine from it, so a benchmark times runs that only wait.
    public enum Measure: Sendable {
        case time
        case timeAndPeak
    }

    /// Runs `executable` with `arguments` (and `environment` added to this process's), waiting
    /// for it; standard error is discarded. Throws when it cannot start or exits non-zero.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], measure: Measure = .time
    ) throws -> ChildProcess {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("smp-child-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(what: executable, reason: String(cString: strerror(spawned))) }
        let (status, end, peak) = measure == .time ? waitForExit(pid) : waitWatchingPeak(pid)
        guard status >= 0 else { throw Failure(what: executable, reason: "could not wait for it to exit") }
        let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard exit == 0 else { throw Failure(what: ([executable] + arguments).joined(separator: " "), reason: "exited with status \(exit)") }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return ChildProcess(seconds: seconds, peakBytes: peak, status: exit, output: output)
    }

    /// Blocks until the child exits: its wait status (-1 if it could not be waited for) and the
    /// moment it was reaped.
    private static func waitForExit(_ child: pid_t) -> (status: Int32, end: timespec, peak: Int) {
        var status: Int32 = 0
        var reaped: pid_t
        repeat { reaped = waitpid(child, &status, 0) } while reaped < 0 && errno == EINTR
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        return (reaped == child ? status : -1, end, 0)
    }

    /// `waitForExit` on a second thread, so the exit is stamped the moment it happens, while this
    /// one samples the child's peak memory every millisecond.
    private static func waitWatchingPeak(_ child: pid_t) -> (status: Int32, end: timespec, peak: Int) {
        let exited = Exit()
        Thread { exited.record(waitForExit(child)) }.start()
        var peak = 0
        while exited.done.wait(timeout: .now() + .milliseconds(1)) == .timedOut {
            peak = max(peak, highWaterMark(child))
        }
        return (exited.result.status, exited.result.end, peak)
    }

    /// The process's peak resident memory so far, in bytes (0 once it has exited).
    private static func highWaterMark(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }

    /// This program's own executable, to run it as a child.
    public static var smp: String? {
        Bundle.main.executablePath ?? CommandLine.arguments.first.map { URL(fileURLWithPath: $0).path }
    }

    /// The sqlite3 shell, the anchor for store benchmarks, if installed.
    public static var sqlite3: String? {
        ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"].first(where: FileManager.default.isExecutableFile)
    }

    /// The child's exit status and the moment it was reaped, handed from the waiting thread.
    private final class Exit: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        private(set) var result: (status: Int32, end: timespec, peak: Int) = (-1, timespec(), 0)
        /// Written once, before `done` is signalled; read only after waiting on `done`.
        func record(_ exit: (status: Int32, end: timespec, peak: Int)) {
            result = exit
            done.signal()
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let what: String
        public let reason: String
        public init(what: String, reason: String) {
            self.what = what
            self.reason = reason
        }
        public var description: String { "the benchmark run failed: \(what): \(reason)" }
    }
}
