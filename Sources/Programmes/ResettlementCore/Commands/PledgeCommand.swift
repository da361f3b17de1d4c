import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp resettlement pledge add|list|import`: LA pledges per financial year.
struct PledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pledge", abstract: "LA pledges of places per financial year.", subcommands: [Add.self, List.self, Import.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an LA's pledge for a year, or replace the one it has.")
        @OptionGroup var options: ResettlementOptions
        @Option(name: .long, help: "The LA's ONS code or name.") var la: String
        @Option(name: .long, help: "Financial year, e.g. 2017-18.") var year: FinancialYear
        @Option(name: .long, help: "People the LA can take in the year (0-100000).") var places: Int
        @Option(name: .long, help: "indicative, firm or withdrawn.") var status: PledgeStatus
        @Option(name: .long, parsing: .upToNextOption, help: "Household types offered: family, large-family, single-adult (several allowed).")
        var types: [HouseholdType] = [.family]
        @Option(name: .customLong("accessible-homes"), help: "Wheelchair-accessible homes offered.") var accessibleHomes = 0
        @Option(name: .long, parsing: .upToNextOption, help: "Needs the LA can meet: medical, education (several allowed).") var meets: [Need] = []
        @Option(name: .long, help: "Where the pledge comes from (a letter, a meeting).") var source: String =
            "entered with smp resettlement pledge add"

        func validate() throws {
            guard (0...100_000).contains(places) else { throw ValidationError("--places must be 0 to 100000 (got \(places))") }
            guard (0...10_000).contains(accessibleHomes) else {
                throw ValidationError("--accessible-homes must be 0 to 10000 (got \(accessibleHomes))")
            }
        }

        func run() async throws {
            let context = try await ResettlementContext(options)
            try await context.requireOpen()
            guard let authority = context.region.lowerTierAuthority(matching: la) else {
                throw ValidationError("--la '\(la)' is not a lower-tier LA of \(context.region.id).\(context.region.lowerTierSuggestion(for: la))")
            }
            let pledge = Pledge(
                laCode: authority.code, financialYear: year, places: places, householdTypes: Set(types), accessibleHomes: accessibleHomes,
                meets: Set(meets), status: status, source: source)
            let problems = pledge.problems
            guard problems.isEmpty else {
                throw ValidationError(
                    problems.map { "--\($0.field == "household_types" ? "types" : $0.field): \($0.message)" }.joined(separator: "\n"))
            }
            let replaced = try await context.records.save(pledge)
            Console.out(
                "\(replaced ? "Replaced" : "Added") \(context.name(pledge.laCode))'s \(pledge.financialYear) pledge: \(pledge.places) "
                    + "places, \(pledge.status.rawValue) (\(context.heading))\n"
            )
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List pledges, one year or all, with totals.")
        @OptionGroup var options: ResettlementOptions
        @Option(name: .long, help: "Financial year, e.g. 2017-18 (default: every year).") var year: FinancialYear?
        @OptionGroup var output: FormatOption

        func run() async throws {
            let context = try await ResettlementContext(options)
            let fy = year
            let pledges = try await context.records.pledges(financialYear: fy)
            var rows = pledges.map { pledge in
                [
                    .text(pledge.financialYear.description), .text(context.name(pledge.laCode)), .text(pledge.laCode.rawValue), .count(pledge.places),
                    .text(pledge.status.rawValue), .text(pledge.householdTypes.sorted().map(\.rawValue).joined(separator: "; ")),
                    .count(pledge.accessibleHomes),
                    .text(pledge.meets.sorted().map(\.rawValue).joined(separator: "; ")), .text(pledge.source),
                ] as [ReportCell]
            }
            for year in Set(pledges.map(\.financialYear)).sorted() {
                let counted = pledges.filter { $0.financialYear == year }
                rows.append([
                    .text(year.description), "Total (not withdrawn)", .blank, .count(counted.reduce(0) { $0 + $1.countedPlaces }),
                    .text("\(counted.filter { $0.status == .firm }.reduce(0) { $0 + $1.places }) firm"), .blank, .blank, .blank, .blank,
                ])
            }
            let table = ReportSection(
                title: "\(context.heading): pledges\(fy.map { " \($0)" } ?? "")",
                columns: [
                    .init("year"), .init("LA"), .init("code"), .init("places", .right), .init("status"), .init("household types"),
                    .init("accessible homes", .right), .init("meets"), .init("source"),
                ],
                rows: rows, notes: ResettlementSources.note(Array(Set(pledges.map(\.source))).sorted()))
            try output.emit(table)
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import pledges from CSV: la, financial_year, places, status [, household_types, wheelchair_accessible_homes, meets, "
                + "source]. Replaces the years the file covers."
        )
        @OptionGroup var options: ResettlementOptions
        @Argument(help: "CSV file of pledges.") var file: String

        func run() async throws {
            let context = try await ResettlementContext(options)
            try await context.requireOpen()
            let (text, name) = try RecordFile.read(file)
            let pledges = try RecordFile.accept(PledgeFile.parse(text, file: name, region: context.region), what: "pledges", file: name)
            let replaced = try await context.records.replacePledges(with: pledges)
            let years = Set(pledges.map(\.financialYear)).sorted().map(\.description).joined(separator: ", ")
            Console.out(
                "Imported \(pledges.count) pledges (\(pledges.reduce(0) { $0 + $1.countedPlaces }) places not withdrawn) for \(years) into "
                    + "\(context.heading); replaced \(replaced) earlier pledges\n"
            )
        }
    }
}

extension PledgeStatus: ExpressibleByArgument {}
extension HouseholdType: ExpressibleByArgument {}
extension Need: ExpressibleByArgument {}
