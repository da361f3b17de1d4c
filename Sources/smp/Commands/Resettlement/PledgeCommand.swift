import ArgumentParser
import PartnershipCore
import Reporting
import ResettlementCore

/// `smp resettlement pledge add|list|import`: LA pledges per financial year.
struct PledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pledge", abstract: "LA pledges of places per financial year.", subcommands: [Add.self, List.self, Import.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an LA's pledge for a year, or replace the one it has.")
        @OptionGroup var options: ResettlementOptions
        @Option(name: .long, help: "The LA's ONS code or name.") var la: String
        @Option(name: .long, help: "Financial year, e.g. 2017-18.") var year: String
        @Option(name: .long, help: "People the LA can take in the year.") var places: String
        @Option(name: .long, help: "indicative, firm or withdrawn.") var status: String
        @Option(name: .long, help: "Household types offered, ;-separated: family, large-family, single-adult.") var types: String = "family"
        @Option(name: .customLong("accessible-homes"), help: "Wheelchair-accessible homes offered.") var accessibleHomes: String = "0"
        @Option(name: .long, help: "Needs the LA can meet, ;-separated: medical, education.") var meets: String = ""
        @Option(name: .long, help: "Where the pledge comes from (a letter, a meeting).") var source: String = "entered with smp resettlement pledge add"

        func run() throws {
            let context = try ResettlementContext(options)
            let text = TableRenderer.csv(header: PledgeFile.required + PledgeFile.optional, rows: [[la, year, places, status, types, accessibleHomes, meets, source]])
            let pledge = try ResettlementContext.accept(PledgeFile.parse(text, file: "pledge add", region: context.region), what: "pledge")[0]
            let replaced = try context.records.save(pledge)
            Console.out("\(replaced ? "Replaced" : "Added") \(context.name(pledge.laCode))'s \(pledge.financialYear) pledge: \(pledge.places) places, \(pledge.status.rawValue) (\(context.heading))\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List pledges, one year or all, with totals.")
        @OptionGroup var options: ResettlementOptions
        @Option(name: .long, help: "Financial year, e.g. 2017-18 (default: every year).") var year: String?
        @OptionGroup var output: FormatOption

        func run() throws {
            let context = try ResettlementContext(options)
            let fy = try FinancialYearArgument.parse(year)
            let pledges = try context.records.pledges(financialYear: fy)
            var rows = pledges.map { pledge in
                [pledge.financialYear.description, context.name(pledge.laCode), pledge.laCode.rawValue, String(pledge.places), pledge.status.rawValue,
                 pledge.householdTypes.sorted().map(\.rawValue).joined(separator: "; "), String(pledge.accessibleHomes),
                 pledge.meets.sorted().map(\.rawValue).joined(separator: "; "), pledge.source]
            }
            for year in Set(pledges.map(\.financialYear)).sorted() {
                let counted = pledges.filter { $0.financialYear == year }
                rows.append([year.description, "Total (not withdrawn)", "", String(counted.reduce(0) { $0 + $1.countedPlaces }),
                             "\(counted.filter { $0.status == .firm }.reduce(0) { $0 + $1.places }) firm", "", "", "", ""])
            }
            let table = Table(
                title: "\(context.heading): pledges\(fy.map { " \($0)" } ?? "")",
                columns: [.init("year"), .init("LA"), .init("code"), .init("places", .right), .init("status"), .init("household types"),
                          .init("accessible homes", .right), .init("meets"), .init("source")],
                rows: rows, notes: ResettlementContext.sourceNote(Array(Set(pledges.map(\.source))).sorted()))
            Console.out(TableRenderer.render(table, as: output.format))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import pledges from CSV: la, financial_year, places, status [, household_types, wheelchair_accessible_homes, meets, source]. Replaces the years the file covers.")
        @OptionGroup var options: ResettlementOptions
        @Argument(help: "CSV file of pledges.") var file: String

        func run() throws {
            let context = try ResettlementContext(options)
            let (text, name) = try ResettlementContext.read(file)
            let pledges = try ResettlementContext.accept(PledgeFile.parse(text, file: name, region: context.region), what: "pledges")
            let replaced = try context.records.replacePledges(with: pledges)
            let years = Set(pledges.map(\.financialYear)).sorted().map(\.description).joined(separator: ", ")
            Console.out("Imported \(pledges.count) pledges (\(pledges.reduce(0) { $0 + $1.countedPlaces }) places not withdrawn) for \(years) into \(context.heading); replaced \(replaced) earlier pledges\n")
        }
    }
}
