import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import PublishedStatistics

/// `smp modern-slavery`: the UK NRM statistics and the region's own referral records.
struct ModernSlaveryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modern-slavery", abstract: "Modern slavery: UK NRM statistics, and the region's referrals, decisions and timeliness.",
        subcommands: [NationalCommand.self, RegionCommand.self, ReferralCommand.self, SyntheticCommand.self])
}

/// The region, its referral records and the store, loaded once per command.
struct ModernSlaveryContext {
    let region: Region
    let store: any SQLStore
    let records: ModernSlaveryRecords
    let programme = ModernSlaveryProgramme()

    init(region id: String, regions: RegionsOption, database: DatabaseOption, loaded: Region? = nil) async throws {
        region = try loaded ?? Console.region(id, regions)
        store = try await database.openWithData()
        records = ModernSlaveryRecords(store: store, region: region.id)
    }

    func name(_ code: ONSCode) -> String { region.localAuthority(code)?.name ?? code.rawValue }

    func target(_ day: Day) -> Int {
        programme.resolvedSettings(for: region, on: day).integer(ModernSlaveryProgramme.rgTargetDays) ?? 5
    }

    /// Where the RG target in force on `day` comes from (the region's rule or the national one).
    func targetSource(_ day: Day) -> String {
        programme.resolvedSettings(for: region, on: day)[ModernSlaveryProgramme.rgTargetDays]?.source ?? "national rule"
    }

    func kpis(_ records: [NRMReferral]) throws -> ReferralKPIs {
        do { return try ReferralKPIs(records, calendar: .englandAndWales, target: target) } catch let error as WorkingDays.OutOfRange {
            throw CommandError(error.description)
        }
    }

}
