import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp resettlement arrival add|import|list`: households arrived in their LA.
struct ArrivalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrival", abstract: "Record arrivals (date, LA, charter or scheduled flight, case reference).",
        subcommands: [Add.self, Import.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Record one household's arrival (the LA defaults to its accepted match).")
        @OptionGroup var options: ResettlementOptions
        @Option(name: .customLong("case"), help: "Case reference.") var caseRef: String
        @Option(name: .long, help: "Arrival date YYYY-MM-DD.") var date: Day
        @Option(name: .long, help: "charter or scheduled.") var flight: FlightType
        @Option(name: .long, help: "The LA's ONS code or name (default: the matched LA).") var la: String?
        @Option(name: .long, help: "Where the record comes from.") var source: String = "entered with smp resettlement arrival add"

        func run() async throws {
            let context = try await ResettlementContext(options)
            try await context.requireOpen()
            let reference = CaseReference(stored: caseRef)
            guard let referral = try await context.records.referrals().first(where: { $0.caseRef == reference }) else {
                throw ValidationError("--case '\(caseRef)' has not been referred in \(context.region.id); import its referral batch first")
            }
            let laCode: ONSCode
            if let la {
                guard let authority = context.region.lowerTierAuthority(matching: la) else {
                    throw ValidationError(
                        "--la '\(la)' is not a lower-tier LA of \(context.region.id).\(context.region.lowerTierSuggestion(for: la))")
                }
                laCode = authority.code
            } else {
                guard let match = try await context.records.matches().first(where: { $0.caseRef == reference }) else {
                    throw ValidationError("case \(caseRef) has no accepted match; give --la or run 'smp resettlement match --accept' first")
                }
                laCode = match.laCode
            }
            guard date >= referral.referredOn else { throw ValidationError("--date \(date) is before the referral date \(referral.referredOn)") }
            let arrival = Arrival(
                caseRef: referral.caseRef, laCode: laCode, arrivedOn: date, flight: flight, household: referral.household, source: source)
            let replaced = try await context.records.save(arrivals: [arrival])
            Console.out(
                "\(replaced > 0 ? "Corrected" : "Recorded") arrival of \(arrival.caseRef) (\(arrival.persons) people) in "
                    + "\(context.name(arrival.laCode)) on \(arrival.arrivedOn) by \(arrival.flight.rawValue) flight\n"
            )
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import arrivals from CSV: case_ref, arrived_on, flight [, la, source]. A case already recorded is corrected.")
        @OptionGroup var options: ResettlementOptions
        @Argument(help: "CSV file of arrivals.") var file: String

        func run() async throws {
            let context = try await ResettlementContext(options)
            try await context.requireOpen()
            let (text, name) = try RecordFile.read(file)
            let arrivals = try await ArrivalCommand.parse(text, file: name, context: context)
            let replaced = try await context.records.save(arrivals: arrivals)
            Console.out(
                "Imported \(arrivals.count) arrivals (\(arrivals.reduce(0) { $0 + $1.persons }) people) into \(context.heading); corrected "
                    + "\(replaced) earlier records\n"
            )
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List recorded arrivals.")
        @OptionGroup var options: ResettlementOptions
        @OptionGroup var output: FormatOption

        func run() async throws {
            let context = try await ResettlementContext(options)
            let arrivals = try await context.records.arrivals()
            let rows = arrivals.map {
                [
                    .date($0.arrivedOn), .text($0.caseRef.rawValue), .people($0.persons, owner: context.region.id), .text($0.household.summary),
                    .text(context.name($0.laCode)),
                    .text($0.laCode.rawValue), .text($0.flight.rawValue), .text($0.source),
                ] as [ReportCell]
            }
            let table = ReportSection(
                title: "\(context.heading): arrivals",
                columns: [
                    .init("arrived"), .init("case ref"), .init("people", .right), .init("household"), .init("LA"), .init("code"), .init("flight"),
                    .init("source"),
                ],
                rows: rows,
                notes: [
                    "\(arrivals.count) households, \(arrivals.reduce(0) { $0 + $1.persons }) people; "
                        + "\(arrivals.filter { $0.flight == .charter }.count) on charter flights."
                ]
                    + ResettlementSources.note(Array(Set(arrivals.map(\.source))).sorted()))
            try output.emit(table)
        }
    }

    /// Arrivals read from CSV text against the region's referrals and accepted matches.
    static func parse(_ text: String, file: String, context: ResettlementContext) async throws -> [Arrival] {
        let referrals = await Dictionary(uniqueKeysWithValues: try context.records.referrals().map { ($0.caseRef, $0) })
        let matches = await Dictionary(uniqueKeysWithValues: try context.records.matches().map { ($0.caseRef, $0) })
        return try RecordFile.accept(
            ArrivalFile.parse(text, file: file, region: context.region, referrals: referrals, matches: matches), what: "arrivals", file: file)
    }
}

extension FlightType: ExpressibleByArgument {}
