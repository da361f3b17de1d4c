import PartnershipCore
import Reporting

/// Seeded synthetic UASC records for a region, written as the CSV files the importers read:
/// quarterly in-care counts for every upper-tier LA around its threshold, and transfer requests
/// that go through offers, some declines, and transfers. Every row says it is synthetic.
public struct SyntheticUASC: Sendable {
    public let region: Region
    public let seed: UInt64
    public let requests: Int

    public init(region: Region, seed: UInt64, requests: Int) {
        self.region = region
        self.seed = seed
        self.requests = requests
    }

    public var source: String { "SYNTHETIC (seed \(seed)): generated test data, not real figures" }

    static let firstQuarter = Day(year: 2023, month: 3, day: 31)!
    static let lastQuarter = Day(year: 2025, month: 9, day: 30)!

    /// `la,date,children,source`: one row per upper-tier LA and quarter end.
    public func inCareCSV() -> String {
        var random = SeededGenerator(seed: seed)
        var rows: [[String]] = []
        for la in region.upperTier {
            let threshold = UASCThreshold(childPopulation: la.childPopulation, rate: 0.001).children
            var level = Double.random(in: 0.3...1.2, using: &random)
            var quarter = Quarter(containing: Self.firstQuarter)
            while quarter.endDay <= Self.lastQuarter {
                level = min(1.6, max(0, level + Double.random(in: -0.12...0.14, using: &random)))
                rows.append([la.code.rawValue, quarter.endDay.description, String(Int((threshold * level).rounded())), source])
                quarter = Quarter(containing: quarter.endDay.adding(days: 1))
            }
        }
        return ReportRenderer.csv(header: ["la", "date", "children", "source"], rows: rows)
    }

    /// `child_ref,event,date,la,age_band,needs,reason,source`: one row per step.
    public func requestsCSV() -> String {
        var random = SeededGenerator(seed: seed &+ 1)
        let las = region.upperTier.map(\.code)
        guard las.count > 1 else { return ReportRenderer.csv(header: Self.requestHeader, rows: []) }
        let span = Self.lastQuarter.ordinal - Self.firstQuarter.ordinal
        var rows: [[String]] = []
        for index in 0..<requests {
            let ref = "SYN-\(region.shortName.uppercased().filter(\.isLetter))-\(threeDigits(index + 1))"
            let referring = las.randomElement(using: &random)!
            var day = Self.firstQuarter.adding(days: Int.random(in: 0..<span, using: &random))
            let band = Bool.random(using: &random) ? AgeBand.sixteenSeventeen : AgeBand.under16
            let need = [ChildNeed.none, .none, .none, .health, .education, .language].randomElement(using: &random)!
            rows.append([ref, "requested", day.description, referring.rawValue, band.rawValue, need.rawValue, "", source])
            var tried = Set([referring])
            let open = index >= requests - 2  // the newest requests are still with an LA
            while let receiving = las.filter({ !tried.contains($0) }).randomElement(using: &random) {
                tried.insert(receiving)
                day = day.adding(days: Int.random(in: 0...2, using: &random))
                rows.append([ref, "offered", day.description, receiving.rawValue, "", "", "", source])
                if open { break }
                day = day.adding(days: Int.random(in: 1...4, using: &random))
                if Double.random(in: 0..<1, using: &random) < 0.25 && tried.count < las.count {
                    let reason = [DeclineReason.noPlacement, .needsNotMet, .other].randomElement(using: &random)!
                    rows.append([ref, "declined", day.description, receiving.rawValue, "", "", reason.rawValue, source])
                    continue
                }
                rows.append([ref, "accepted", day.description, receiving.rawValue, "", "", "", source])
                day = day.adding(days: Int.random(in: 2...20, using: &random))
                rows.append([ref, "transferred", day.description, receiving.rawValue, "", "", "", source])
                break
            }
        }
        return ReportRenderer.csv(header: Self.requestHeader, rows: rows)
    }

    static let requestHeader = ["child_ref", "event", "date", "la", "age_band", "needs", "reason", "source"]
}

/// A number with at least three digits (007).
private func threeDigits(_ value: Int) -> String {
    let digits = value.description
    return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
}
