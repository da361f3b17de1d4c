import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// `smp programmes`: the registered programmes, their settings and national rules with sources.
struct ProgrammesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programmes", abstract: "List programmes, their settings and the national rules with dates and sources.")

    @OptionGroup var output: FormatOption

    struct SettingView: Encodable {
        let key: String
        let title: String
        let kind: String
        let unit: String?
        let regionMayOverride: Bool
        let national: [DatedValue<SettingValue>]
    }

    struct ProgrammeView: Encodable {
        let id: String
        let title: String
        let summary: String
        let settings: [SettingView]
        let indicators: [IndicatorDefinition]
        let publishedDatasets: [String]
        let migrations: [String]
        let commands: [String]
    }

    func run() async throws {
        let views = try Console.registry().programmes.map { programme in
            ProgrammeView(
                id: programme.id.rawValue, title: programme.title, summary: programme.summary,
                settings: programme.settings.map {
                    SettingView(
                        key: $0.key, title: $0.title, kind: $0.kind.summary, unit: $0.unit, regionMayOverride: $0.regionMayOverride,
                        national: $0.national)
                },
                indicators: programme.indicators, publishedDatasets: programme.publishedDatasets.map(\.id),
                migrations: programme.schema?.migrations.map(\.name) ?? [],
                commands: programme.commands.map { $0.configuration.commandName ?? "\($0)" })
        }
        if output.format == .json {
            Console.out(try JSONOutput.encode(["programmes": views]))
            return
        }
        let rows = views.flatMap { view in
            view.settings.flatMap { setting -> [[String]] in
                let base = [view.id, setting.key, setting.kind]
                if setting.national.isEmpty { return [base + ["(region sets)", "", "", ""]] }
                return setting.national.map {
                    base + ["\($0.value)\(setting.unit.map { " \($0)" } ?? "")", $0.validFrom.description, $0.validTo?.description ?? "", $0.source]
                }
            }
        }
        let table = ReportSection(
            title: "Programmes, settings and national rules",
            columns: [.init("programme"), .init("setting"), .init("kind"), .init("national value"), .init("from"), .init("to"), .init("source")],
            rows: rows.map { $0.map(ReportCell.text) })
        try output.emit(table)
    }
}
