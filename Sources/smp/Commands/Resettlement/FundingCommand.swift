import ArgumentParser
import PartnershipCore
import Reporting
import ResettlementCore

/// `smp resettlement funding`: the tariff due per LA per financial year for recorded arrivals.
struct FundingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "funding", abstract: "Tariff due per LA per financial year for recorded arrivals (5 tariff years from each arrival date).")
    @OptionGroup var options: ResettlementOptions
    @Option(name: .long, help: "Only this financial year, e.g. 2017-18.") var year: String?
    @Option(name: .customLong("case"), help: "Show one household's tariff years and their split by financial year.") var caseRef: String?
    @OptionGroup var output: FormatOption

    func run() throws {
        let context = try ResettlementContext(options)
        let fy = try FinancialYearArgument.parse(year)
        let region = context.region, programme = context.programme
        let calculator = FundingCalculator { day in programme.tariffs(for: region, on: day) }
        var arrivals = try context.records.arrivals()
        if let caseRef {
            arrivals = arrivals.filter { $0.caseRef.rawValue == caseRef }
            guard !arrivals.isEmpty else { Console.err("no arrival recorded for case \(caseRef) in \(context.heading)"); throw ExitCode(1) }
        }
        let machine = output.format == .csv || output.format == .json
        func money(_ pence: Int) -> String { NumberFormat.pounds(pence: pence, symbol: !machine) }
        let lines = arrivals.flatMap(calculator.lines).filter { line in fy.map { line.financialYear == $0 } ?? true }
        let noTariff = arrivals.filter { programme.tariffs(for: region, on: $0.arrivedOn) == nil }
        var schedules: [TariffSchedule] = []
        for arrival in arrivals {
            if let schedule = programme.tariffs(for: region, on: arrival.arrivedOn), !schedules.contains(schedule) { schedules.append(schedule) }
        }
        var rows: [[String]]
        let columns: [Table.Column]
        if caseRef != nil {
            columns = [.init("case ref"), .init("LA"), .init("tariff year", .right), .init("financial year"), .init("days", .right), .init("due", .right)]
            rows = lines.map { [$0.caseRef.rawValue, context.name($0.laCode), String($0.tariffYear), $0.financialYear.description, String($0.days), money($0.pence)] }
            rows.append(["Total", "", "", "", "", money(lines.reduce(0) { $0 + $1.pence })])
        } else {
            columns = [.init("financial year"), .init("LA"), .init("code"), .init("households", .right), .init("due", .right)]
            struct Key: Hashable { let year: FinancialYear; let code: ONSCode }
            let grouped = Dictionary(grouping: lines) { Key(year: $0.financialYear, code: $0.laCode) }
            rows = []
            for year in Set(lines.map(\.financialYear)).sorted() {
                let keys = grouped.keys.filter { $0.year == year }.sorted { context.name($0.code) < context.name($1.code) }
                for key in keys {
                    let parts = grouped[key]!
                    rows.append([year.description, context.name(key.code), key.code.rawValue, String(Set(parts.map(\.caseRef)).count), money(parts.reduce(0) { $0 + $1.pence })])
                }
                rows.append([year.description, "Total", "", "", money(keys.flatMap { grouped[$0]! }.reduce(0) { $0 + $1.pence })])
            }
        }
        var notes = [
            "Tariffs in force on the arrival dates (national, dated settings): \(schedules.isEmpty ? "none" : schedules.map(describe).joined(separator: "; then ")).",
            "A tariff year runs from the arrival date; each year's amount is split across financial years (April-March) by days, in whole pence.",
            "Education tariffs use the age bands recorded on the referral.",
        ]
        if !noTariff.isEmpty { notes.append("No tariff in force for \(noTariff.count) arrival(s) before the first dated tariff: \(noTariff.map(\.caseRef.rawValue).joined(separator: ", ")).") }
        notes += ResettlementContext.sourceNote(Array(Set(arrivals.map(\.source))).sorted())
        let table = Table(title: "\(context.heading): tariff due\(fy.map { " in \($0)" } ?? " by financial year")", columns: columns, rows: rows, notes: notes)
        Console.out(TableRenderer.render(table, as: output.format))
    }

    private func describe(_ schedule: TariffSchedule) -> String {
        "per person £\(schedule.perPerson.map(NumberFormat.grouped).joined(separator: " / £")) in years 1-5; year-1 education £\(NumberFormat.grouped(schedule.education5to18)) per child 5-18, £\(NumberFormat.grouped(schedule.education3to4)) per child 3-4 (\(schedule.source))"
    }
}
