import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import PartnershipStore
import PublishedStatistics

/// What every dispersal command takes: the region, the store, a count basis and an as-of date.
struct DispersalOptions: ParsableArguments {
    @Option(name: .long, help: "Region module id (e.g. north-east).") var region: String
    @Option(
        name: .long, help: ArgumentHelp("Who counts: \(CountBasis.help). Default: the region's own, else s95-dispersed-plus-s4."),
        transform: CountBasis.argument)
    var basis: CountBasis?
    @Option(name: .customLong("as-of"), help: "Quarter end on or before this date (YYYY-MM-DD); default: the latest imported.") var asOf: Day?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption

    /// The region's position, read as far back as the command needs; a missing import or quarter
    /// is a command error, and so is a quarter end on which dispersal is switched off for the
    /// region (unless the command shows the whole history, as `trend` does).
    func position(_ reach: DispersalPosition.Reach) async throws -> DispersalPosition {
        let module = try Console.region(region, regions)
        let store = try await database.openWithData()
        let position: DispersalPosition
        do {
            position = try await DispersalPosition(
                region: module, published: PublishedData(store: store), location: store.location, asOf: asOf, basis: basis, reach: reach)
        } catch let error as DispersalError {
            throw CommandError(error.description)
        }
        if reach != .history {
            try await ProgrammeGate.require(
                "dispersal", for: module, on: position.snapshot, store: store,
                purpose: "its figures at \(position.snapshot) are not shown (give --as-of a date before the switch for its history)")
        }
        return position
    }
}
