import CommandLineKit
import PartnershipCore
import RegionModules

/// The active module a report is for: a draft has no reports until it is made active.
enum ReportRegion {
    static func active(_ id: String, _ regions: RegionsOption) throws -> Region {
        let module = try Console.region(id, regions)
        guard module.status == .active else {
            throw CommandError(
                "\(module.id) is a draft module: it has no reports until its region.yaml says status: active (smp validate checks it first)")
        }
        return module
    }

    static func plan(_ year: FinancialYear, of region: Region) throws -> BusinessPlan {
        guard let plan = region.plans.first(where: { $0.year == year }) else {
            let years = region.plans.map(\.year.description)
            throw CommandError(
                "\(region.id) has no business plan for \(year)"
                    + (years.isEmpty ? " (its module has none)" : "; it has: \(years.joined(separator: ", "))"))
        }
        return plan
    }
}
