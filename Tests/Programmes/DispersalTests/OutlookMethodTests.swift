import Dispersal
import Foundation
import PartnershipCore
import Testing

/// The early-warning method on small synthetic series whose trend is known, so its output is fixed
/// by arithmetic a reader can check, and the backtest's counting on a hand-made case.
struct OutlookMethodTests {
    let rising = [100, 110, 120, 130, 140, 150, 160, 170]

    @Test func anUndampedTrendOnAStraightLineContinuesIt() throws {
        let method = DampedTrend(alpha: 0.5, beta: 0.3, phi: 1)
        let state = try #require(method.fit(rising.map(Double.init)))
        #expect(abs(state.level - 170) < 1e-9 && abs(state.trend - 10) < 1e-9)
        #expect(abs(method.forecast(state, ahead: 1) - 180) < 1e-9 && abs(method.forecast(state, ahead: 2) - 190) < 1e-9)
    }

    @Test func theTunedMethodOnAStraightLineGivesTheClosedFormForecast() throws {
        // alpha 1 keeps the level at the latest count; the trend then follows T(n) = 0.4 x 10 + 0.36 x T(n-1)
        // from T(0) = 10, i.e. 6.25 + 3.75 x 0.36^n after n = 7 updates; it fades to 60% a quarter ahead.
        let method = OutlookMethod.tuned
        #expect(method == DampedTrend(alpha: 1.0, beta: 0.4, phi: 0.6))
        let state = try #require(method.fit(rising.map(Double.init)))
        let trend = 6.25 + 3.75 * pow(0.36, 7)
        #expect(abs(state.level - 170) < 1e-9 && abs(state.trend - trend) < 1e-9)
        #expect(abs(method.forecast(state, ahead: 1) - (170 + 0.6 * trend)) < 1e-9)
        #expect(abs(method.forecast(state, ahead: 2) - (170 + 0.96 * trend)) < 1e-9)
        let projection = method.project(rising, line: 172, horizon: 2)
        #expect(projection.count == 2 && projection[1].expected > projection[0].expected && projection.allSatisfy { $0.chanceOver > 0.5 })
    }

    @Test func theForecastSaysWhyInOneSentence() throws {
        let forecast = try #require(
            LAForecast.make(
                code: ONSCode("E06000002")!, name: "Test", series: [100, 109, 119, 130, 141], ending: Day(iso: "2024-09-30")!, line: 182,
                method: OutlookMethod.tuned))
        #expect(forecast.reason == "up 9% a quarter for four quarters; 41 places of headroom")
        #expect(forecast.steps.map(\.quarterEnd) == [Day(iso: "2024-12-31")!, Day(iso: "2025-03-31")!])
        #expect(forecast.steps.allSatisfy { $0.low <= $0.expected && $0.expected <= $0.high })
    }

    @Test func theBacktestCountsCrossingsFlagsAndHits() {
        let days = (0..<12).map { Quarter(year: 2016 + $0 / 4, number: $0 % 4 + 1)!.endDay }
        // Limit 100: one LA climbs steadily across it; one stays flat far below; one is already over.
        let climbing = OutlookBacktest.Series(code: ONSCode("E06000001")!, limit: 100, counts: [40, 45, 50, 55, 60, 65, 70, 75, 90, 105, 110, 115])
        let flat = OutlookBacktest.Series(code: ONSCode("E06000002")!, limit: 100, counts: Array(repeating: 20, count: 12))
        let over = OutlookBacktest.Series(code: ONSCode("E06000003")!, limit: 100, counts: Array(repeating: 150, count: 12))
        let backtest = OutlookBacktest(days: days, series: [climbing, flat, over])
        let naive = backtest.score(from: days[0], to: days[11], outcomesBy: days[11], line: .limit, flags: OutlookMethod.naiveFlags)
        // Origins with 8 quarters of history and two observed quarters after: indices 7, 8 and 9.
        #expect(naive.cases == 5)  // climbing at 7 and 8 (at 9 it is over), flat at all three; the LA over throughout never is
        #expect(naive.events == 2)  // climbing crosses at index 9 (105), seen from origins 7 and 8
        #expect(naive.hits == naive.flagged && naive.flagged <= 2)
        #expect(OutlookMethod.naiveFlags([60, 70, 80, 90], line: 100) && !OutlookMethod.naiveFlags([20, 20, 20, 20], line: 100))
    }
}
