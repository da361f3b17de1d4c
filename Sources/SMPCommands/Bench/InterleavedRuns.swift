import CommandLineKit
import Foundation

/// Two whole-process commands timed in turn, product then anchor, `runs` times (A B A B …), so
/// the machine's load falls on both; min and median of each, and the ratio of medians. Then one
/// more run of each watches its peak memory: watching costs the child time, so those runs are
/// not timed.
struct InterleavedRuns {
    struct Side {
        let label: String
        var runs: [ChildProcess] = []
        var peakBytes = 0
        var seconds: [Double] { runs.map(\.seconds) }
        var peakMB: Double { Double(peakBytes) / 1_048_576 }

        var summary: String {
            String(
                format: "%@: min %.1f ms, median %.1f ms (%d runs); peak %.1f MB (one more run)", label, (seconds.min() ?? 0) * 1000,
                seconds.median * 1000,
                runs.count, peakMB)
        }
    }

    var product: Side
    var anchor: Side

    /// One process started by a side: the run's number (0 up to `runs`, the last being the
    /// memory run) and what to measure.
    typealias Run = (Int, ChildProcess.Measure) throws -> ChildProcess

    /// `product` and `anchor` each start one process and return it measured.
    static func measure(runs: Int, product: (label: String, run: Run), anchor: (label: String, run: Run)) throws -> InterleavedRuns {
        var result = InterleavedRuns(product: Side(label: product.label), anchor: Side(label: anchor.label))
        let runs = max(1, runs)
        for run in 0..<runs {
            result.product.runs.append(try product.run(run, .time))
            result.anchor.runs.append(try anchor.run(run, .time))
        }
        result.product.peakBytes = try product.run(runs, .timeAndPeak).peakBytes
        result.anchor.peakBytes = try anchor.run(runs, .timeAndPeak).peakBytes
        return result
    }

    var ratio: Double { product.seconds.median / max(anchor.seconds.median, 1e-9) }

    func report(target: Double) -> String {
        "  \(product.summary)\n  \(anchor.summary)\n"
            + String(format: "  ratio (medians): %.2fx (target: %.2fx or better)%@\n", ratio, target, ratio <= target ? "" : "  ** over target **")
    }
}
