import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import PublishedStatistics

/// What every UASC command takes: the region, the region modules and the store.
struct UASCOptions: ParsableArguments {
    @Option(name: .long, help: "Region module id (e.g. north-east).") var region: String
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
}

/// A region, its UASC records and the published tables, loaded once per command.
struct UASCContext {
    let region: Region
    let store: any SQLStore
    let records: UASCRecords
    let published: PublishedData
    let programme = UASCTransferProgramme()

    /// The module named by `--region`: loaded before the store, so a missing file is refused before anything is opened.
    static func region(_ options: UASCOptions) throws -> Region { try Console.region(options.region, options.regions) }

    init(_ options: UASCOptions, region loaded: Region? = nil) async throws {
        region = try loaded ?? Self.region(options)
        store = try await options.database.openWithData()
        records = UASCRecords(store: store, region: region.id)
        published = PublishedData(store: store)
    }

    /// Fails, naming who switched the programme off and why, unless it is on for the region on the day.
    func requireOn(_ day: Day, purpose: String) async throws {
        try await ProgrammeGate.require(programme.id, for: region, on: day, store: store, purpose: purpose)
    }

    func position(on day: Day) async throws -> UASCPosition {
        do { return try await UASCPosition(region: region, day: day, records: records, published: published) } catch let error as UASCError {
            throw CommandError(error.description)
        }
    }

    func name(_ code: ONSCode) -> String { region.localAuthority(code)?.name ?? code.rawValue }

}
