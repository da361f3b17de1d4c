import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// A resettlement scheme programme (VPRS, VCRS): the records, commands and reports that serve
/// every resettlement scheme find it through this, without naming the scheme's module. Both
/// schemes bring the same records schema and `smp resettlement` commands; each is mounted once.
public protocol ResettlementProgramme: CLIProgramme where Settings == ResettlementSettings {
    var scheme: ResettlementScheme { get }
}

extension ResettlementProgramme {
    public var id: ProgrammeID { scheme.id }
    public var title: String { scheme.title }
    public var summary: String { scheme.summary }
    public var settings: [SettingDefinition] { scheme.settings }
    public var indicators: [IndicatorDefinition] { scheme.indicators }
    public var schema: SchemaPart? { ResettlementSchema.part }
    public var publishedDatasets: [PublishedDataset] { [.resettlement] }
    public var commands: [any ParsableCommand.Type] { [ResettlementCommand.self] }
    public var benchmarks: [any ParsableCommand.Type] { [MatchBenchmarkCommand.self] }

    public func typedSettings(_ resolved: ResolvedSettings) throws -> ResettlementSettings { ResettlementSettings(resolved) }
    public func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues { try await scheme.evaluate(context) }

    /// The scheme's progress table (pledged, referred, matched, arrived against the target).
    public func reportSections(_ context: EvaluationContext) async throws -> [ReportSection] {
        let progress = try await ResettlementProgress.load(
            store: context.store, published: context.published, region: context.region, scheme: id, settings: ResettlementSettings(context.settings),
            asOf: context.asOf)
        return [ResettlementProgressSection.make(progress, scheme: id, heading: "\(context.region.name), \(id.rawValue.uppercased())")]
    }

    /// The tariffs in force on `day` for `region` (national, dated).
    public func tariffs(for region: Region, on day: Day) -> TariffSchedule? {
        TariffSchedule(resolvedSettings(for: region, on: day))
    }
}
