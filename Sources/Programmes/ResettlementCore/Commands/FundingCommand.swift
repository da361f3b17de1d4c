import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp resettlement funding`: the tariff due per LA per financial year for recorded arrivals.
struct FundingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funding", abstract: "Tariff due per LA per financial year for recorded arrivals (5 tariff years from each arrival date).")
    @OptionGroup var options: ResettlementOptions
    @Option(name: .long, help: "Only this financial year, e.g. 2017-18.") var year: FinancialYear?
    @Option(name: .customLong("case"), help: "Show one household's tariff years and their split by financial year.") var caseRef: String?
    @OptionGroup var output: FormatOption

    func run() async throws {
        guard ResettlementTariffs.problems.isEmpty else {
            throw CommandError(
                "the national tariff file is broken; no funding can be computed:\n"
                    + ResettlementTariffs.problems.map(\.description).joined(separator: "\n"))
        }
        let context = try await ResettlementContext(options)
        let region = context.region, programme = context.programme
        var arrivals = try await context.records.arrivals()
        if let caseRef {
            arrivals = arrivals.filter { $0.caseRef.rawValue == caseRef }
            guard !arrivals.isEmpty else { throw CommandError("no arrival recorded for case \(caseRef) in \(context.heading)") }
        }
        let fy = year
        let statement = FundingStatement(arrivals: arrivals, financialYear: fy) { day in programme.tariffs(for: region, on: day) }
        var rows: [[ReportCell]] = []
        let columns: [ReportSection.Column]
        if caseRef != nil {
            columns = [
                .init("case ref"), .init("LA"), .init("tariff year", .right), .init("financial year"), .init("days", .right), .init("due", .right),
            ]
            rows = statement.lines.map {
                [
                    .text($0.caseRef.rawValue), .text(context.name($0.laCode)), .count($0.tariffYear), .text($0.financialYear.description),
                    .count($0.days),
                    .money(pence: $0.pence),
                ]
            }
            rows.append(["Total", .blank, .blank, .blank, .blank, .money(pence: statement.totalPence)])
        } else {
            columns = [.init("financial year"), .init("LA"), .init("code"), .init("households", .right), .init("due", .right)]
            for year in statement.totalsByYearAndLA(name: context.name) {
                for la in year.las {
                    rows.append([
                        .text(year.year.description), .text(context.name(la.laCode)), .text(la.laCode.rawValue), .count(la.households),
                        .money(pence: la.pence),
                    ])
                }
                rows.append([.text(year.year.description), "Total", .blank, .blank, .money(pence: year.pence)])
            }
        }
        let schedules = statement.schedules, noTariff = statement.arrivalsWithoutTariff
        var notes = [
            "Tariffs in force on the arrival dates (national, dated settings): "
                + "\(schedules.isEmpty ? "none" : schedules.map(describe).joined(separator: "; then ")).",
            "A tariff year runs from the arrival date; each year's amount is split across financial years (April-March) by days, in whole pence.",
            "Education tariffs use the age bands recorded on the referral.",
        ]
        if !noTariff.isEmpty {
            notes.append(
                "No tariff in force for \(noTariff.count) arrival(s) before the first dated tariff: "
                    + "\(noTariff.map(\.caseRef.rawValue).joined(separator: ", "))."
            )
        }
        notes += ResettlementSources.note(Array(Set(arrivals.map(\.source))).sorted())
        let table = ReportSection(
            title: "\(context.heading): tariff due\(fy.map { " in \($0)" } ?? " by financial year")", columns: columns, rows: rows, notes: notes)
        try output.emit(table)
    }

    private func describe(_ schedule: TariffSchedule) -> String {
        "per person £\(schedule.perPerson.map(NumberFormat.grouped).joined(separator: " / £")) in years 1-5; year-1 education "
            + "£\(NumberFormat.grouped(schedule.education5to18)) per child 5-18, £\(NumberFormat.grouped(schedule.education3to4)) per child "
            + "3-4 (\(schedule.source))"
    }
}
