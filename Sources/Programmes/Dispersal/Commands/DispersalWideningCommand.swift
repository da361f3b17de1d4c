import ArgumentParser
import CommandLineKit
import PartnershipCore
import Reporting

/// `smp dispersal widening --region ID`: LAs not yet dispersing, by the capacity they would add.
struct DispersalWideningCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "widening", abstract: "LAs not yet taking dispersals, ranked by the capacity they would add at the limit.")
    @OptionGroup var options: DispersalOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let context = try await options.position(.quarter)
        let dispersed = context.dispersed[context.snapshot] ?? [:]
        let candidates = WideningCandidate.rank(
            lowerTier: context.region.lowerTier, settings: context.settings, dispersed: dispersed, counts: context.counts[context.snapshot] ?? [:])
        let total = candidates.reduce(0) { $0 + $1.capacityAdded }
        let table = ReportSection(
            title: "\(context.region.name): widening dispersal at \(context.snapshot)",
            columns: [
                .init("LA"), .init("code"), .init("population", .right), .init("limit", .right), .init("supported now", .right),
                .init("capacity added", .right), .init("why listed"),
            ],
            rows: candidates.map {
                [
                    .text($0.name), .text($0.code.rawValue), .count($0.population), .count($0.limit), .count($0.supportedNow),
                    .count($0.capacityAdded), .text($0.why),
                ]
            },
            notes: ["\(candidates.count) LAs would add \(total) places at the limit if all dispersed."] + context.notes)
        try output.emit(table)
    }
}
