import CommandLineKit
import Testing

/// The benchmarks' measure of one process: its exit status, its output, how long it ran (from
/// launch to exit, not to the next poll) and, when asked, its peak memory.
@Suite struct ChildProcessTests {
    @Test func aRunReportsItsOutputAndLastsAtLeastAsLongAsTheProgram() throws {
        let run = try ChildProcess.run("/bin/sh", ["-c", "sleep 0.05; echo done"])
        #expect(run.output == "done\n")
        #expect(run.status == 0)
        #expect(run.seconds >= 0.05)
        #expect(run.peakBytes == 0, "a timed run does not watch memory")
    }

    @Test func aWatchedRunReportsThePeakOfTheChild() throws {
        // awk doubles a string to 64 MB and holds it while it sleeps.
        let program = #"BEGIN { s = "x"; for (i = 0; i < 26; i++) s = s s; system("sleep 0.1"); print length(s) }"#
        let run = try ChildProcess.run("/usr/bin/awk", [program], measure: .timeAndPeak)
        #expect(run.output == "67108864\n")
        #expect(run.peakBytes >= 64 * 1_048_576)
    }

    @Test func aFailingProgramIsAnErrorNamingItsStatus() {
        #expect(throws: ChildProcess.Failure.self) { try ChildProcess.run("/bin/sh", ["-c", "exit 3"]) }
        #expect(throws: ChildProcess.Failure.self) { try ChildProcess.run("/bin/sh", ["-c", "exit 3"], measure: .timeAndPeak) }
    }
}
