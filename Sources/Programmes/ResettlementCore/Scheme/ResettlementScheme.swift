import PartnershipCore
import ProgrammeKit
import PublishedStatistics

/// What the resettlement schemes share: a regional target, a matching preference, the national
/// tariffs and the same indicators under the scheme's own id.
public struct ResettlementScheme: Sendable {
    public let id: ProgrammeID
    public let title: String
    public let summary: String

    public init(id: ProgrammeID, title: String, summary: String) {
        self.id = id
        self.title = title
        self.summary = summary
    }

    public static let target = "target"
    public static let targetYear = "target-year"
    public static let matching = "matching"
    public static let largeFamily = "large-family-size"

    /// Made once: settings are resolved for every region and day asked about.
    public var settings: [SettingDefinition] { Self.definitions }

    private static let definitions: [SettingDefinition] =
        [
            SettingDefinition(key: Self.target, title: "Regional resettlement target (people)", kind: .integer(0...100_000), unit: "people"),
            SettingDefinition(key: Self.targetYear, title: "Financial year the target applies to", kind: .text),
            SettingDefinition(
                key: Self.matching, title: "Matching preference", kind: .choice(["spread", "in-order"]),
                national: [
                    DatedValue(
                        .text("spread"), from: Day(year: 2014, month: 1, day: 1)!, source: "Platform default: spread households across LA offers")
                ]),
            SettingDefinition(
                key: Self.largeFamily, title: "Household size from which a household counts as a large family", kind: .integer(3...20),
                unit: "people",
                national: [
                    DatedValue(
                        .integer(6), from: Day(year: 2014, month: 1, day: 1)!,
                        source: "Platform default (no national definition found): 6 or more people")
                ]),
        ] + ResettlementTariffs.settings

    public var indicators: [IndicatorDefinition] {
        [
            IndicatorDefinition(
                id: "\(id).target", title: "Regional target", unit: .people,
                definition: "The target the region agreed with the Home Office (region module setting)", origin: .module),
            IndicatorDefinition(
                id: "\(id).pledged", title: "Places pledged", unit: .people,
                definition: "Places in LA pledges not withdrawn, financial year "
                    + "to date", origin: .localRecords),
            IndicatorDefinition(
                id: "\(id).referred", title: "People referred", unit: .people,
                definition: "People in Home Office referrals to the region, cumulative (local records)", countsPeople: true, origin: .localRecords),
            IndicatorDefinition(
                id: "\(id).matched", title: "People matched", unit: .people,
                definition: "People in accepted matches to LA pledges, cumulative (local records)", countsPeople: true, origin: .localRecords),
            IndicatorDefinition(
                id: "\(id).arrived-local", title: "People arrived (local records)", unit: .people,
                definition: "Arrivals recorded by the partnership, cumulative", countsPeople: true, origin: .localRecords),
            IndicatorDefinition(
                id: "\(id).arrived", title: "People arrived (Home Office)", unit: .people,
                definition: "Arrivals in Home Office Res_D01 for the region's LAs, cumulative"),
            IndicatorDefinition(
                id: "\(id).progress", title: "Progress against target", unit: .percent,
                definition: "Res_D01 arrivals in the target's financial year (all years when none is set) / target x 100", origin: .module),
        ]
    }

    /// The indicators on the context's day: the target from the region module, the rest from the
    /// store's records and Res_D01. A store fault is thrown, never shown as "no data".
    public func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues {
        let settings = ResettlementSettings(context.settings)
        let progress = try await ResettlementProgress.load(
            store: context.store, published: context.published, region: context.region, scheme: id, settings: settings, asOf: context.asOf)
        let total = progress.total
        let local = "local records (\(context.region.id)); sources: \(progress.recordSources.joined(separator: "; "))"
        var values = IndicatorValues()
        if let release = progress.publishedRelease {
            values.set(
                "\(id).arrived", Double(total.published.cumulative), asOf: progress.publishedThrough, source: release,
                period: "cumulative")
        } else {
            values.noData("\(id).arrived", "Home Office Res_D01 not imported")
        }
        for (indicator, number) in [
            ("pledged", total.pledged.yearToDate), ("referred", progress.referred.cumulative), ("matched", total.matched.cumulative),
            ("arrived-local", total.arrived.cumulative),
        ] {
            if progress.recordSources.isEmpty {
                values.noData("\(id).\(indicator)", "no local resettlement records")
            } else {
                values.set(
                    "\(id).\(indicator)", Double(number), asOf: context.asOf, source: local,
                    period: indicator == "pledged" ? "\(progress.financialYear) to date" : "cumulative")
            }
        }
        if let target = settings.target {
            values.set(
                "\(id).target", Double(target), asOf: nil,
                source: "target \(settings.targetNote ?? "with no year stated") (\(settings.targetSource ?? "region module"))",
                period: settings.targetYear.map { "for \($0)" } ?? "no year stated")
        } else {
            values.noData("\(id).target", "no target set in the region module")
        }
        if let percent = progress.targetProgress?.published {
            let published = progress.publishedRelease ?? "Res_D01 not imported"
            values.set(
                "\(id).progress", percent, asOf: progress.publishedThrough,
                source: "\(published); target \(settings.targetNote ?? "all years") (\(settings.targetSource ?? "region module"))",
                period: settings.targetYear.map { "of the \($0) target" } ?? "cumulative, of the target")
        } else {
            values.noData("\(id).progress", settings.target == nil ? "no target set in the region module" : "Home Office Res_D01 not imported")
        }
        return values
    }
}
