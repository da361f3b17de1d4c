import ArgumentParser
import PartnershipCore
import Reporting
import ResettlementCore

/// `smp resettlement arrival add|import|list`: households arrived in their LA.
struct ArrivalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "arrival", abstract: "Record arrivals (date, LA, charter or scheduled flight, case reference).", subcommands: [Add.self, Import.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record one household's arrival (the LA defaults to its accepted match).")
        @OptionGroup var options: ResettlementOptions
        @Option(name: .customLong("case"), help: "Case reference.") var caseRef: String
        @Option(name: .long, help: "Arrival date YYYY-MM-DD.") var date: String
        @Option(name: .long, help: "charter or scheduled.") var flight: String
        @Option(name: .long, help: "The LA's ONS code or name (default: the matched LA).") var la: String = ""
        @Option(name: .long, help: "Where the record comes from.") var source: String = "entered with smp resettlement arrival add"

        func run() throws {
            let context = try ResettlementContext(options)
            let text = TableRenderer.csv(header: ArrivalFile.required + ArrivalFile.optional, rows: [[caseRef, date, flight, la, source]])
            let arrivals = try ArrivalCommand.parse(text, file: "arrival add", context: context)
            let replaced = try context.records.save(arrivals: arrivals)
            let arrival = arrivals[0]
            Console.out("\(replaced > 0 ? "Corrected" : "Recorded") arrival of \(arrival.caseRef) (\(arrival.persons) people) in \(context.name(arrival.laCode)) on \(arrival.arrivedOn) by \(arrival.flight.rawValue) flight\n")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import arrivals from CSV: case_ref, arrived_on, flight [, la, source]. A case already recorded is corrected.")
        @OptionGroup var options: ResettlementOptions
        @Argument(help: "CSV file of arrivals.") var file: String

        func run() throws {
            let context = try ResettlementContext(options)
            let (text, name) = try ResettlementContext.read(file)
            let arrivals = try ArrivalCommand.parse(text, file: name, context: context)
            let replaced = try context.records.save(arrivals: arrivals)
            Console.out("Imported \(arrivals.count) arrivals (\(arrivals.reduce(0) { $0 + $1.persons }) people) into \(context.heading); corrected \(replaced) earlier records\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List recorded arrivals.")
        @OptionGroup var options: ResettlementOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            let context = try ResettlementContext(options)
            let arrivals = try context.records.arrivals()
            let rows = arrivals.map {
                [$0.arrivedOn.description, $0.caseRef.rawValue, String($0.persons), $0.household.summary, context.name($0.laCode), $0.laCode.rawValue, $0.flight.rawValue, $0.source]
            }
            let table = Table(
                title: "\(context.heading): arrivals",
                columns: [.init("arrived"), .init("case ref"), .init("people", .right), .init("household"), .init("LA"), .init("code"), .init("flight"), .init("source")],
                rows: rows,
                notes: ["\(arrivals.count) households, \(arrivals.reduce(0) { $0 + $1.persons }) people; \(arrivals.filter { $0.flight == .charter }.count) on charter flights."]
                    + ResettlementContext.sourceNote(Array(Set(arrivals.map(\.source))).sorted()))
            Console.out(TableRenderer.render(table, as: output.format))
        }
    }

    /// Arrivals read from CSV text against the region's referrals and accepted matches.
    static func parse(_ text: String, file: String, context: ResettlementContext) throws -> [Arrival] {
        let referrals = Dictionary(uniqueKeysWithValues: try context.records.referrals().map { ($0.caseRef, $0) })
        let matches = Dictionary(uniqueKeysWithValues: try context.records.matches().map { ($0.caseRef, $0) })
        return try ResettlementContext.accept(
            ArrivalFile.parse(text, file: file, region: context.region, referrals: referrals, matches: matches), what: "arrivals")
    }
}
