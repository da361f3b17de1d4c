import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp nrpf region --region ID [--as-of DATE]`: caseload, costs, days on support and closures per LA.
struct RegionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region", abstract: "Open caseload, weekly and cumulative costs, days on support and closures per LA and for the region.")
    @OptionGroup var options: NRPFOptions
    @Option(name: .customLong("as-of"), help: "Day (YYYY-MM-DD); default today.") var asOf: Day?
    @OptionGroup var viewer: ViewerOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await NRPFContext(options)
        let day = asOf ?? DayArgument.today()
        try await ProgrammeGate.require(
            context.programme.id, for: context.region, on: day, store: context.store, purpose: "its figures are not shown")
        let cases = try await context.records.cases().filter { $0.startedOn <= day }
        let long = context.longCaseDays(on: day)
        let owner = context.region.id
        func row(_ label: String, _ code: String, _ k: NRPFKPIs) -> [ReportCell] {
            [
                .text(label), .text(code), .people(k.open, owner: owner), .people(k.dependants, owner: owner),
                .money(pence: k.weeklyAccommodationPence), .money(pence: k.weeklySubsistencePence),
                .money(pence: k.cumulativeAccommodationPence), .money(pence: k.cumulativeSubsistencePence),
                k.averageDays.map { .rate($0, places: 0) } ?? .noData("no open cases"), .people(k.longCases, owner: owner),
                .text(ClosureReason.allCases.compactMap { r in k.closures[r].map { "\(r.rawValue) \($0)" } }.joined(separator: ", ")),
            ]
        }
        let byLA = Dictionary(grouping: cases, by: \.laCode)
        var rows = context.region.upperTier.compactMap { la in
            byLA[la.code].map { row(la.name, la.code.rawValue, NRPFKPIs($0, on: day, longCaseDays: long)) }
        }
        rows.append(row("Region", "", NRPFKPIs(cases, on: day, longCaseDays: long)))
        let source = context.programme.resolvedSettings(for: context.region, on: day)[NRPFProgramme.longCaseDays]?.source ?? "national measure"
        try output.emit(
            Report(
                ReportSection(
                    title: "\(context.region.name): NRPF cases on \(day)",
                    columns: [
                        .init("LA"), .init("code"), .init("open", .right), .init("dependants", .right), .init("weekly accommodation", .right),
                        .init("weekly subsistence", .right), .init("to date: accommodation", .right), .init("to date: subsistence", .right),
                        .init("average days", .right), .init("\(long)+ days", .right), .init("closures by reason"),
                    ],
                    rows: rows,
                    notes: [
                        "Local records of social services support; costs are the council's own weekly figures, accrued by day (weekly / 7) from the "
                            + "start to the day before support ended, or to \(day).",
                        "Average days: open cases, from the start of support to \(day). Long cases: \(long) days or more (\(source)).",
                        "Closures: cases closed on or before \(day).",
                    ] + SyntheticLabel.notes(for: cases.map(\.source)),
                    constraints: SumConstraint.totalRow(rows: rows.count, columns: [2, 3, 9]))
            ).suppressingSmallCounts(for: viewer.audience(for: context.region.id)))
    }
}
