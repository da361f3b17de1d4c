import ArgumentParser
import CommandLineKit
import PartnershipCore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import Reporting

/// `smp what-if --rule dispersal.cluster-ratio=150`: every figure a programme shows for a region,
/// under today's rules and under the hypothetical one, side by side; only what changes is listed.
/// Any national rule or regional setting can be tried (the UASC threshold rate, a tariff), because
/// the rules are dated, sourced data the programmes already read.
struct WhatIfCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "what-if", abstract: "What changes if a rule were different: each LA and indicator under today's rules and the new one.")
    @Option(name: .long, help: "PROGRAMME.SETTING=VALUE, e.g. dispersal.cluster-ratio=150 or uasc-nts.threshold-rate=0.0007 (repeatable).")
    var rule: [String] = []
    @Option(name: .long, parsing: .upToNextOption, help: "Only these regions (default: every active module).") var region: [String] = []
    @Option(name: .customLong("as-of"), help: "Day to evaluate (YYYY-MM-DD; default today).") var asOf: Day?
    @Option(name: .long, help: "Who is reading: 'national' (default) or a region id, which sees its own small counts.") var viewer: String?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let registry = try Console.registry().platform
        guard !rule.isEmpty else { throw CommandError("give at least one --rule PROGRAMME.SETTING=VALUE, e.g. --rule dispersal.cluster-ratio=150") }
        var rules: [RuleOverride] = [], problems: [String] = []
        for text in rule {
            do { rules.append(try RuleOverride(parsing: text, in: registry.programmes)) } catch { problems.append(error.description) }
        }
        guard problems.isEmpty else { throw CommandError(problems.joined(separator: "\n")) }
        let catalog = try Console.catalog(regions)
        let day = asOf ?? DayArgument.today()
        let store = try await database.openWithData()
        let areas: [Region]
        if region.isEmpty {
            areas = catalog.activeRegions
        } else {
            areas = try CompareCommand.select(
                region, from: try await NationalAreas().areas(modules: catalog.activeRegions, programmes: registry.ids, store: store))
        }
        let plugins = registry.plugins.filter { plugin in rules.contains { $0.programme == plugin.id } }
        var rows: [[ReportCell]] = [], notes: [String] = []
        for area in areas {
            let switches = try await ProgrammeSwitchboard(store: store).switches(for: area)
            for plugin in plugins {
                guard switches.isEnabled(plugin.id, on: day) else {
                    notes.append("\(area.id): \(plugin.id) is off on \(day); nothing to compare.")
                    continue
                }
                let today = try await plugin.reportSections(registry.context(plugin, region: area, on: day, store: store, logger: Console.logger))
                let changed = try await plugin.reportSections(
                    registry.context(plugin, region: area.applying(rules), on: day, store: store, logger: Console.logger))
                rows += SectionDifference.rows(today: today, whatIf: changed, region: area.id)
                let resolved = plugin.resolvedSettings(for: area, on: day)
                for rule in rules where rule.programme == plugin.id {
                    let current = resolved[rule.key]
                    notes.append(
                        "\(area.id): \(rule.programme).\(rule.key) today = \(current.map { "\($0.value)" } ?? "not set")"
                            + " (\(current?.source ?? "no source")); what-if = \(rule.value).")
                }
            }
        }
        let section = ReportSection(
            title: "What changes if \(rules.map(\.description).joined(separator: ", ")) (on \(day))",
            columns: [
                .init("region"), .init("row"), .init("measure"), .init("today's rules", .right), .init("what-if", .right), .init("change", .right),
            ],
            rows: rows,
            notes: rows.isEmpty ? ["Nothing changes: every figure is the same under the what-if."] : [])
        let audience: Audience = viewer.map { $0 == "national" ? .national : .region($0) } ?? .national
        try output.emit(
            Report(
                title: "What-if: not a rule in force", sections: [section],
                notes: Array(Set(notes)).sorted() + ["Counts of people from local records are shown as <5 when 1-4 outside the owning region."]
            ).suppressingSmallCounts(for: audience))
    }
}
