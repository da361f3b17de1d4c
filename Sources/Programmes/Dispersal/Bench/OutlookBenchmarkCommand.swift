import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import PublishedStatistics

/// `smp bench outlook`: the early warning backtested on every English LA. The method was chosen on
/// forecast origins whose outcomes fall by 2019-12-31 and is scored on origins from 2020 with no
/// further tuning, beside the naive straight-line rule, at the limit and at 90% of it.
struct OutlookBenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outlook", abstract: "Backtest the early warning (tuned to 2019, scored on 2020-2024) against the naive straight-line rule.")
    @Flag(name: .long, help: "Repeat the search for the parameters and threshold on quarters up to 2019 (prints the best).") var tune = false
    @OptionGroup var database: DatabaseOption

    static let trainingEnd = Day(year: 2019, month: 12, day: 31)!
    static let testStart = Day(year: 2020, month: 1, day: 1)!

    func run() async throws {
        guard let figures = try await DispersalFigures(published: PublishedData(store: try await database.openWithData())) else {
            throw CommandError("no Asy_D11 imported: 'smp import --bundled'")
        }
        let backtest = try await OutlookData.backtest(figures: figures)
        let first = backtest.days.first!, last = backtest.days.last!
        if tune {
            // 1. The smoothing parameters: the smallest one- and two-quarter forecast error over every
            //    LA-quarter up to 2019 (thousands of cases; crossings alone are too few to fit three numbers).
            var bestMethod: (DampedTrend, Double)?
            let grid = [0.2, 0.4, 0.6, 0.8, 0.9, 1.0].flatMap { alpha in
                [0.05, 0.1, 0.2, 0.4, 0.6, 0.8].flatMap { beta in
                    [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98].map { DampedTrend(alpha: alpha, beta: beta, phi: $0) }
                }
            }
            for method in grid {
                let error = backtest.forecastError(method, from: first, to: Self.trainingEnd, outcomesBy: Self.trainingEnd)
                if error < bestMethod?.1 ?? .infinity { bestMethod = (method, error) }
            }
            guard let (method, error) = bestMethod else { return }
            // 2. The flag threshold: the best F1 on crossings of 90% of the limit up to 2019 (no LA
            //    crossed the limit itself from below in those years).
            var bestThreshold: (Double, OutlookBacktest.Score)?
            for threshold in [0.1, 0.2, 0.3, 0.4, 0.5, 0.6] {
                let score = backtest.score(
                    from: first, to: Self.trainingEnd, outcomesBy: Self.trainingEnd, line: .near,
                    flags: OutlookBacktest.dampedFlags(method, threshold: threshold))
                if score.f1 > bestThreshold?.1.f1 ?? -1 { bestThreshold = (threshold, score) }
            }
            Console.out(
                "Tuned on origins with outcomes by \(Self.trainingEnd): alpha \(method.alpha), beta \(method.beta), phi \(method.phi) "
                    + "(forecast error \(String(format: "%.1f", error * 100))% of the counts); threshold \(bestThreshold?.0 ?? 0) "
                    + "(\(bestThreshold.map { "\($0.1)" } ?? "no events"))\n")
        }
        let method = OutlookMethod.tuned
        Console.out(
            "Early warning backtest, every English lower-tier LA below the line at each forecast origin; event = at or over it at one of the "
                + "next two quarter ends. Damped trend alpha \(method.alpha), beta \(method.beta), phi \(method.phi), flag at a "
                + "\(Int(OutlookMethod.threshold * 100))% chance; naive = straight line through the last four quarters.\n"
                + "Data: \(figures.source), \(first) to \(last); count basis \(CountBasis.dispersedPlusSection4.label); limits from ONS mid-2019.\n")
        for line in OutlookMethod.Line.allCases {
            for (period, from, to, outcomesBy) in [
                ("tuning, outcomes to 2019", first, Self.trainingEnd, Self.trainingEnd), ("test, origins 2020 on", Self.testStart, last, last),
            ] {
                let damped = backtest.score(
                    from: from, to: to, outcomesBy: outcomesBy, line: line,
                    flags: OutlookBacktest.dampedFlags(method, threshold: OutlookMethod.threshold))
                let naive = backtest.score(from: from, to: to, outcomesBy: outcomesBy, line: line, flags: OutlookMethod.naiveFlags)
                Console.out("\(line == .limit ? "limit" : "near (90%)"), \(period):\n  damped trend: \(damped)\n  naive rule:   \(naive)\n")
            }
        }
    }
}
