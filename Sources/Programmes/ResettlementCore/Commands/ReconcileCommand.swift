import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import Reporting

/// `smp resettlement reconcile`: local arrival records against Home Office Res_D01, per LA per quarter.
struct ReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile", abstract: "Local arrivals against Home Office Res_D01 per LA per quarter, with the differences.")
    @OptionGroup var options: ResettlementOptions
    @Flag(name: .customLong("differences-only"), help: "Only the LA-quarters where the two sides differ.") var differencesOnly = false
    @Option(name: .long, help: "First quarter end to show (YYYY-MM-DD).") var from: Day?
    @Option(name: .long, help: "Last quarter end to show (YYYY-MM-DD).") var to: Day?
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await ResettlementContext(options, withPublished: true)
        let query = PublishedData(store: context.store).resettlement
        guard let vintage = try await query.latestVintage() else {
            throw CommandError(
                "no Home Office resettlement figures (Res_D01) in \(context.store.location): run 'smp import resettlement FILE' or 'smp "
                    + "import --bundled'"
            )
        }
        let first = from, last = to
        let local = try await context.records.arrivals()
        let published = try await query.arrivals(scheme: context.programme.id.rawValue, in: context.region.lowerTier.map(\.code), vintage: vintage.id)
        let all = ReconciliationLine.compare(region: context.region, local: local, published: published)
            .filter { line in first.map { line.quarterEnd >= $0 } ?? true && last.map { line.quarterEnd <= $0 } ?? true }
        let shown = differencesOnly ? all.filter { $0.difference != 0 } : all
        let rows = shown.map { line in
            [
                .date(line.quarterEnd), .text(context.name(line.laCode)), .text(line.laCode.rawValue), .people(line.local, owner: context.region.id),
                .count(line.published),
                .count(line.difference),
                .text(line.difference == 0 ? "agrees" : line.local == 0 ? "no local record" : line.published == 0 ? "not in Res_D01" : "differs"),
            ] as [ReportCell]
        }
        let differing = all.filter { $0.difference != 0 }
        let table = ReportSection(
            title: "\(context.heading): arrivals reconciled with Home Office Res_D01",
            columns: [
                .init("quarter end"), .init("LA"), .init("code"), .init("local", .right), .init("Home Office", .right), .init("difference", .right),
                .init("status"),
            ],
            rows: rows,
            notes: [
                "\(all.count) LA-quarters with arrivals on either side; \(all.count - differing.count) agree, \(differing.count) differ.",
                "Totals: local \(all.reduce(0) { $0 + $1.local }), Home Office \(all.reduce(0) { $0 + $1.published }) people.",
                "Home Office: \(vintage.publisher) \(vintage.release) (\(vintage.sourceFile)), scheme \(context.programme.id); Res_D01 rows "
                    + "with LA 'Unknown' cannot be placed in an LA and are left out.",
                "Local arrivals are counted in the quarter containing the arrival date.",
            ] + ResettlementSources.note(Array(Set(local.map(\.source))).sorted()))
        try output.emit(table)
    }
}
