import CommandLineKit
import Foundation

/// Two whole-process commands timed in turn, product then anchor, `runs` times (A B A B …), so
/// the machine's load falls on both; min, median and peak memory of each, and the ratio of medians.
struct InterleavedRuns {
    struct Side {
        let label: String
        var runs: [ChildProcess] = []
        var seconds: [Double] { runs.map(\.seconds) }
        var peakMB: Double { Double(runs.map(\.peakBytes).max() ?? 0) / 1_048_576 }

        var summary: String {
            String(
                format: "%@: min %.1f ms, median %.1f ms, peak %.1f MB (%d runs)", label, (seconds.min() ?? 0) * 1000, seconds.median * 1000, peakMB,
                runs.count)
        }
    }

    var product: Side
    var anchor: Side

    /// `product(run)` and `anchor(run)` each start one process and return it measured.
    static func measure(
        runs: Int, product: (label: String, run: (Int) throws -> ChildProcess), anchor: (label: String, run: (Int) throws -> ChildProcess)
    ) throws -> InterleavedRuns {
        var result = InterleavedRuns(product: Side(label: product.label), anchor: Side(label: anchor.label))
        for run in 0..<max(1, runs) {
            result.product.runs.append(try product.run(run))
            result.anchor.runs.append(try anchor.run(run))
        }
        return result
    }

    var ratio: Double { product.seconds.median / max(anchor.seconds.median, 1e-9) }

    func report(target: Double) -> String {
        "  \(product.summary)\n  \(anchor.summary)\n"
            + String(format: "  ratio (medians): %.2fx (target: %.2fx or better)%@\n", ratio, target, ratio <= target ? "" : "  ** over target **")
    }
}
