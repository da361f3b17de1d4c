import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// Asylum dispersal: supported asylum seekers per LA against the cluster limit
/// (1 per 200 residents, district level).
public struct DispersalProgramme: CLIProgramme {
    public init() {}

    public let id: ProgrammeID = "dispersal"
    public let title = "Asylum dispersal"
    public let summary = "Supported asylum seekers per LA against the Home Office cluster limit, headroom and widening dispersal."

    public var settings: [SettingDefinition] { DispersalRules.settings }
    public var indicators: [IndicatorDefinition] { DispersalRules.indicators }
    public var publishedDatasets: [PublishedDataset] { [.asylumSupport] }
    public var commands: [any ParsableCommand.Type] { [DispersalCommand.self] }
    public var benchmarks: [any ParsableCommand.Type] { [OutlookBenchmarkCommand.self] }

    public func typedSettings(_ resolved: ResolvedSettings) throws -> DispersalSettings {
        guard let ratio = resolved.integer(DispersalRules.clusterRatio) else {
            throw ProgrammeError(id, "no cluster ratio in force; set programmes.dispersal.settings.\(DispersalRules.clusterRatio)")
        }
        let basis = resolved.text(DispersalRules.countBasis).flatMap(CountBasis.init(rawValue:)) ?? .dispersedPlusSection4
        var settings = DispersalSettings(
            clusterRatio: ratio,
            clusterRatioSource: resolved[DispersalRules.clusterRatio]?.source,
            countBasis: basis,
            nearMargin: resolved.number(DispersalRules.nearMargin) ?? 0.1,
            notParticipating: Set(resolved.codes(DispersalRules.notParticipating)),
            rule: resolved.text(DispersalRules.participationRule).flatMap(ParticipationRule.init(rawValue:)) ?? .declared,
            ruleSource: resolved[DispersalRules.participationRule]?.source)
        settings.allocation = resolved.integer(DispersalRules.fullDispersalAllocation)
        settings.allocationSource = resolved[DispersalRules.fullDispersalAllocation]?.source
        return settings
    }

    /// The indicators at the latest Asy_D11 quarter end on or before the day (the same position
    /// `dispersal status` shows); the limit alone, from populations, when nothing is imported.
    public func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        do {
            return try await DispersalPosition(
                region: context.region, published: context.published, location: context.store.location, asOf: context.asOf, sharedWindow: true
            )
            .indicators
        } catch let error as DispersalError {
            let settings = try typedSettings(context.settings)
            let limit = context.region.lowerTier.filter { settings.isParticipating($0) }.reduce(0) { $0 + settings.limit(for: $1) }
            var values = unavailable("Home Office asylum support (Asy_D11): \(error.description)")
            values.set(
                DispersalRules.limitIndicator, Double(limit), asOf: nil,
                source:
                    "1 per \(settings.clusterRatio) residents (\(settings.clusterRatioSource ?? "national rule")) over participating LAs; "
                    + "population \(context.region.populationVintages.joined(separator: "; "))"
            )
            return values
        }
    }

    /// The early warning's window on the national count basis, which every area without a basis
    /// of its own shares (`DispersalPosition.readAhead`).
    public func readAhead(on day: Day, published: PublishedData) async throws {
        try await DispersalPosition.readAhead(on: day, published: published)
    }

    /// The region's dispersal status table at the latest quarter end on or before the day.
    public func reportSections(_ context: EvaluationContext) async throws -> [ReportSection] {
        do {
            return await [
                try DispersalPosition(
                    region: context.region, published: context.published, location: context.store.location, asOf: context.asOf, sharedWindow: true
                )
                .statusSection
            ]
        } catch let error as DispersalError {
            return [
                ReportSection(title: title, columns: [.init("programme"), .init("state")], rows: [[.text(id.rawValue), .noData(error.description)]])
            ]
        }
    }
}
