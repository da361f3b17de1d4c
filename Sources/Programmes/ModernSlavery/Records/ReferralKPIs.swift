import PartnershipCore
import PublishedStatistics

/// What a region's referral records add up to: referrals by type and age, Duty to Notify,
/// decisions, the share of reasonable-grounds decisions within the target in working days, and
/// the median days from referral to RG and from RG to CG.
public struct ReferralKPIs: Sendable {
    public let referrals: Int
    public let dutyToNotify: Int
    public let byAge: [ExploitationAge: Int]
    public let byType: [ExploitationType: Int]
    public let rgDecisions: Int
    public let rgPositive: Int
    public let rgWithinTarget: Int
    public let cgDecisions: Int
    public let cgPositive: Int
    public let daysToRG: [Int]
    public let daysRGToCG: [Int]

    /// `target` gives the RG target in working days in force on a referral's day.
    public init(_ records: [NRMReferral], calendar: WorkingDays, target: (Day) -> Int) throws {
        let nrm = records.filter { !$0.isDutyToNotify }
        referrals = nrm.count
        dutyToNotify = records.count - nrm.count
        byAge = Dictionary(grouping: nrm, by: \.ageGroup).mapValues(\.count)
        var types: [ExploitationType: Int] = [:]
        for referral in nrm { for type in referral.exploitation { types[type, default: 0] += 1 } }
        byType = types
        let rg = nrm.filter { $0.reasonableGrounds != nil }
        rgDecisions = rg.count
        rgPositive = rg.filter { $0.reasonableGrounds?.outcome == .positive }.count
        var within = 0
        for referral in rg {
            if try calendar.between(referral.referredOn, referral.reasonableGrounds!.day) <= target(referral.referredOn) { within += 1 }
        }
        rgWithinTarget = within
        let cg = nrm.filter { $0.conclusiveGrounds != nil }
        cgDecisions = cg.count
        cgPositive = cg.filter { $0.conclusiveGrounds?.outcome == .positive }.count
        daysToRG = rg.map { $0.reasonableGrounds!.day.ordinal - $0.referredOn.ordinal }.sorted()
        daysRGToCG = cg.map { $0.conclusiveGrounds!.day.ordinal - $0.reasonableGrounds!.day.ordinal }.sorted()
    }

    public static func share(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) * 100 : nil }
    public static func median(_ sorted: [Int]) -> Int? { sorted.isEmpty ? nil : sorted[(sorted.count - 1) / 2] }
}
