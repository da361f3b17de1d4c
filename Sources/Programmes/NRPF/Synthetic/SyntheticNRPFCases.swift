import PartnershipCore
import Reporting

/// Seeded synthetic NRPF cases for a region, as the CSV the importer reads; every row says it is
/// synthetic. Weekly costs are generated, not any council's figures.
public struct SyntheticNRPFCases: Sendable {
    public let region: Region
    public let seed: UInt64
    public let count: Int

    public init(region: Region, seed: UInt64, count: Int) {
        self.region = region
        self.seed = seed
        self.count = count
    }

    public var source: String { "SYNTHETIC (seed \(seed)): generated test data, not real figures" }

    public func csv() -> String {
        var random = SeededGenerator(seed: seed)
        let las = region.upperTier.map(\.code)
        let header = NRPFCaseFile.required + ["ended_on", "closure_reason", "status_changed_on", "new_status", "source"]
        let first = Day(year: 2021, month: 4, day: 1)!
        let last = Day(year: 2025, month: 9, day: 30)!  // nothing is dated after this
        var rows: [[String]] = []
        for index in 0..<count {
            let household = [NRPFHouseholdType.family, .family, .family, .adultWithCareNeeds, .careLeaver].randomElement(using: &random)!
            let started = first.adding(days: Int.random(in: 0..<(last.ordinal - first.ordinal), using: &random))
            let status = [ImmigrationStatus.noPermission, .noPermission, .leaveNRPF, .leaveNRPF, .asylumClaim, .europeanRights].randomElement(
                using: &random)!
            let dependants = household == .family ? Int.random(in: 1...4, using: &random) : 0
            let accommodation = Int.random(in: 150...450, using: &random), subsistence = Int.random(in: 40...160, using: &random)
            var ended = "", reason = "", changed = "", newStatus = ""
            let roll = Double.random(in: 0..<1, using: &random)
            if roll < 0.25, started.adding(days: 120) <= last {
                let day = min(last, started.adding(days: Int.random(in: 60...900, using: &random)))
                changed = day.description
                newStatus = ImmigrationStatus.leaveWithRecourse.rawValue
                if Bool.random(using: &random), day.adding(days: 60) <= last {
                    ended = day.adding(days: Int.random(in: 7...60, using: &random)).description
                    reason = ClosureReason.recourseGranted.rawValue
                }
            } else if roll < 0.55, started.adding(days: 30) <= last {
                ended = min(last, started.adding(days: Int.random(in: 30...1200, using: &random))).description
                reason = [ClosureReason.leftArea, .returnedHome, .noLongerEligible, .supportRefused, .other].randomElement(using: &random)!.rawValue
            }
            rows.append(
                [
                    "SYN-NRPF-\(seed)-\(index + 1)", las.randomElement(using: &random)!.rawValue, household.rawValue,
                    NRPFCaseFile.expectedBasis(household).rawValue, status.rawValue, String(dependants), started.description, "\(accommodation).00",
                    "\(subsistence).50", ended, reason, changed, newStatus, source,
                ])
        }
        return ReportRenderer.csv(header: header, rows: rows)
    }
}
