import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import Reporting

/// What every resettlement command takes: the region, the scheme, the region modules and the store.
struct ResettlementOptions: ParsableArguments {
    @Option(name: .long, help: "Region module id (e.g. east-midlands).") var region: String
    @Option(name: .long, help: "Resettlement scheme: vprs or vcrs.") var scheme: ProgrammeID = "vprs"
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
}

/// A region, one of its resettlement schemes and the store, loaded once per command.
struct ResettlementContext {
    let region: Region
    let programme: any ResettlementProgramme
    let store: any SQLStore
    let records: ResettlementRecords

    /// `withPublished`: the command reads Res_D01, so a first run loads the bundled tables.
    init(_ options: ResettlementOptions, withPublished: Bool = false) async throws {
        region = try Console.region(options.region, options.regions)
        let schemes = try Console.registry().programmes(of: (any ResettlementProgramme).self)
        guard let programme = schemes.first(where: { $0.id.rawValue == options.scheme.rawValue.lowercased() }) else {
            throw CommandError(
                "unknown resettlement scheme '\(options.scheme)'; the schemes are \(schemes.map(\.id.rawValue).joined(separator: ", "))")
        }
        self.programme = programme
        store = try await withPublished ? options.database.openWithData() : options.database.open()
        records = ResettlementRecords(store: store, scope: RecordScope(region: region.id, scheme: programme.id))
    }

    /// Fails, naming who switched the scheme off, when and why, unless it is on for the region
    /// today: a switched-off scheme takes no new records (its history stays readable).
    func requireOpen() async throws {
        try await ProgrammeGate.require(
            programme.id, for: region, on: DayArgument.today(), store: store,
            purpose: "no new \(programme.id) records are taken for it; nothing was changed")
    }

    func settings(on day: Day) -> ResettlementSettings { ResettlementSettings(programme.resolvedSettings(for: region, on: day)) }

    var heading: String { "\(region.name), \(programme.id.rawValue.uppercased())" }

    func name(_ code: ONSCode) -> String { region.localAuthority(code)?.name ?? code.rawValue }

    var names: [ONSCode: String] { Dictionary(uniqueKeysWithValues: region.localAuthorities.map { ($0.code, $0.name) }) }

    /// Runs a store write, printing a refused change (e.g. a case already in another batch) and exiting 1.
    static func write<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as ResettlementError {
            throw CommandError(error.description + "\nnothing changed")
        }
    }

}
