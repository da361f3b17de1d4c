import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import Reporting

/// A programme that lives only in this test target: one migration, one command, one indicator and
/// one report section. The tests add it to a registry and find it everywhere a programme shows,
/// with no other edit: the proof that a new programme is one module plus one registry line.
struct ExampleProgramme: CLIProgramme {
    let id: ProgrammeID = "example-hub"
    let title = "Example hub (test only)"
    let summary = "Visits to a community hub, recorded per region: a programme written for the tests."
    var settings: [SettingDefinition] { [] }
    var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(
                id: "example-hub.visits", title: "Hub visits recorded", unit: .count, definition: "Visits recorded with smp example-hub record")
        ]
    }
    var schema: SchemaPart? {
        SchemaPart(
            owner: "example-hub",
            migrations: [
                Migration("example-hub.v1.visits", ["CREATE TABLE example_hub_visit (region TEXT NOT NULL, visits INTEGER NOT NULL)"])
            ])
    }
    var commands: [any ParsableCommand.Type] { [ExampleHubCommand.self] }

    func typedSettings(_ resolved: ResolvedSettings) throws -> ResolvedSettings { resolved }

    func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        var values = IndicatorValues()
        let total = try await ExampleHubCommand.visits(in: context.store, region: context.region.id)
        values.set("example-hub.visits", Double(total), asOf: context.asOf, source: "example hub records (test)")
        return values
    }

    func reportSections(_ context: EvaluationContext) async throws -> [ReportSection] {
        let total = try await ExampleHubCommand.visits(in: context.store, region: context.region.id)
        return [
            ReportSection(
                title: "Example hub", columns: [.init("region"), .init("visits", .right)], rows: [[.text(context.region.id), .count(total)]])
        ]
    }
}

/// `smp example-hub record --region ID --visits N`.
struct ExampleHubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "example-hub", abstract: "Record visits to the example hub (test only).")
    @Option(name: .long) var region: String
    @Option(name: .long) var visits: Int
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let store = try await database.open()
        try await store.transaction {
            try await $0.execute("INSERT INTO example_hub_visit (region, visits) VALUES (\(bind: .text(region)), \(bind: SQLValue(visits)))")
        }
        Console.out("Recorded \(visits) visits for \(region)\n")
    }

    static func visits(in store: any SQLStore, region: String) async throws -> Int {
        try await store.rows("SELECT visits FROM example_hub_visit WHERE region = \(bind: .text(region))").reduce(0) { $0 + (try $1.int("visits")) }
    }
}
