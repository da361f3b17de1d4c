import Logging
import PartnershipCore
import PartnershipStore
import PublishedStatistics
import Reporting

/// The whole contract a programme module fulfils, beside the host's `Programme` (id, settings,
/// indicators): its own store tables, the published datasets it reads, its evaluation for the
/// national comparison and its report sections. The composition root lists programmes once; the
/// schema, the import list, the comparison and the reports are derived from that list.
public protocol ProgrammePlugin: Programme {
    /// The programme's own operational tables (named migrations), owned by `schema.owner`.
    /// Schemes that share a module (VPRS and VCRS) return the same part; it is applied once.
    var schema: SchemaPart? { get }
    /// The Home Office and ONS datasets the programme reads (imported once, shared by all).
    var publishedDatasets: [PublishedDataset] { get }

    /// The programme's indicators for one region on one day, keyed by indicator id. Called only
    /// when the programme is on for the region. A store fault is thrown, never shown as "no data".
    func evaluate(_ context: EvaluationContext) async throws -> IndicatorValues

    /// Reads what every area's evaluation on `day` will share (a release, a window of quarters)
    /// into `published`'s memo before the areas are known, so that a comparison can read it while
    /// the region modules load (`NationalComparison.readAhead`). A failure here is not kept: the
    /// evaluation meets it again and reports it. By default nothing is read ahead.
    func readAhead(on day: Day, published: PublishedData) async throws

    /// What the programme puts in a region's report (the programme's part of the dashboard).
    func reportSections(_ context: EvaluationContext) async throws -> [ReportSection]

    /// The kinds of local-records file the programme takes (the CLI's imports and the server's uploads).
    var recordImports: [RecordImport] { get }
}

extension ProgrammePlugin {
    public var schema: SchemaPart? { nil }
    public var publishedDatasets: [PublishedDataset] { [] }
    public var recordImports: [RecordImport] { [] }
    public func readAhead(on day: Day, published: PublishedData) async throws {}

    /// By default the report shows the programme's indicators, each with its source and data date.
    public func reportSections(_ context: EvaluationContext) async throws -> [ReportSection] {
        let values = try await evaluate(context)
        return [IndicatorSection.make(title: title, definitions: indicators, values: values, owner: context.region.id)]
    }
}
