import ArgumentParser
import CommandLineKit
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import Reporting

/// `smp compare`: every English region, Wales, Scotland, Northern Ireland and the UK on the same
/// indicators, side by side, each figure with its own source and data date. A region without a
/// module is computed from the Home Office and ONS data alone. Counts of people from local records
/// are shown as `<5` (1-4) outside the region that owns them.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "The national comparison: every region and nation on the same indicators, each figure sourced and dated.")
    @Option(name: .long, help: "Only this programme's indicators (e.g. vprs).") var programme: ProgrammeID?
    @Option(name: .long, parsing: .upToNextOption, help: "Only these regions (module ids, or e.g. london, wales, scotland, united-kingdom).")
    var region: [String] = []
    @Option(name: .long, parsing: .upToNextOption, help: "Only these indicators (e.g. dispersal.supported vprs.arrived).")
    var indicator: [String] = []
    @Option(
        name: .long, help: "region (default): every region and nation; sub-region: the sub-regions of one --region module, with each one's share.")
    var by: Grouping = .region
    @Option(name: .customLong("as-of"), help: "Day to evaluate (YYYY-MM-DD; default today).") var asOf: Day?
    @Option(name: .long, help: "The region looking (sees its own small counts); default: the national view.") var viewer: String?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let registry = try Console.registry().platform
        let plugins = try ProgrammeChoice.plugins(programme, in: registry)
        let day = asOf ?? DayArgument.today()
        let known = Set(plugins.flatMap(\.indicators).map(\.id))
        let unknownIndicators = indicator.filter { !known.contains($0) }
        guard unknownIndicators.isEmpty else {
            throw CommandError(
                "no indicator \(unknownIndicators.joined(separator: ", "))\(programme.map { " in \($0)" } ?? ""); "
                    + "'smp programmes' lists them (e.g. \(known.sorted().prefix(3).joined(separator: ", ")))")
        }
        // The ONS lists the areas are built from load on another core while the modules are read.
        BundledData.loadInBackground { _ = ONSRegionListing() }
        // So does a store that exists, and each programme starts reading what its areas share (a
        // new store is made, and filled, only once the command is known to be sound).
        let database = self.database
        async let ahead = Self.readAhead(database, plugins: plugins, on: day)
        // Every module's LAs, settings and own figures; not its business plans or finances, which no indicator reads.
        let catalog = try Console.catalog(regions, businessDocuments: false)
        if let viewer { _ = try Console.region(viewer, in: catalog) }
        let opened = try await ahead
        // A store the read-ahead found filled is ready; any other is opened (and filled) here.
        let store: any SQLStore
        if let opened, opened.published != nil { store = opened.store } else { store = try await database.openWithData(opened?.store) }
        let chosen: [Region], whole: String?
        switch by {
        case .region:
            chosen = try Self.select(
                region, from: try await NationalAreas().areas(modules: catalog.activeRegions, programmes: registry.ids, store: store))
            whole = nil
        case .subRegion:
            guard region.count == 1 else { throw CommandError("--by sub-region compares within one region: give exactly one --region (a module id)") }
            let module = try Console.region(region[0], in: catalog)
            guard module.localAuthorities.contains(where: { $0.subRegion != nil }) else {
                throw CommandError(
                    "\(module.id) defines no sub-regions: fill in the sub_region column of regions/\(module.id)/local-authorities.csv")
            }
            chosen = SubRegionAreas.areas(of: module)
            whole = module.id
        }
        let report = try await NationalComparison.build(
            plugins: plugins, regions: chosen, indicators: indicator.isEmpty ? nil : Set(indicator), shareOf: whole, on: day, registry: registry,
            store: store, published: opened?.published, logger: Console.logger,
            title: (by == .subRegion ? "Comparison within \(region[0]) by sub-region" : "National comparison") + (programme.map { ": \($0)" } ?? ""))
        let audience: Audience = viewer.map { .region($0) } ?? .national
        let drafts = catalog.regions.filter { $0.status == .draft }.map(\.id)
        let notes =
            (drafts.isEmpty
                ? []
                : [
                    "Draft modules left out until made active (status: active); their regions are shown from published data alone: "
                        + "\(drafts.joined(separator: ", "))."
                ]) + [
                "Counts of people from local records are shown as <5 when 1-4 outside the owning region (viewer: \(audience))."
            ]
        try output.emit(Report(title: report.title, sections: report.sections, notes: report.notes + notes).suppressingSmallCounts(for: audience))
    }

    /// A store that exists, opened, with each programme reading ahead what its areas share on
    /// `day`; nil for a new file. Nothing is read ahead in a store with nothing imported yet: the
    /// command loads the bundled tables into it first.
    static func readAhead(
        _ database: DatabaseOption, plugins: [any ProgrammePlugin], on day: Day
    ) async throws -> (store: any SQLStore, published: PublishedData?)? {
        guard !database.isNewFile else { return nil }
        let store = try await database.open()
        guard try await !PublishedSchema.isEmpty(store) else { return (store, nil) }
        let published = PublishedData(store: store)
        NationalComparison.readAhead(plugins: plugins, on: day, published: published)
        return (store, published)
    }

    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case region, subRegion = "sub-region"
    }

    /// The areas asked for, in national order; every unknown id is named with what exists.
    static func select(_ ids: [String], from areas: [Region]) throws -> [Region] {
        guard !ids.isEmpty else { return areas }
        let unknown = ids.filter { id in !areas.contains { $0.id == id } }
        guard unknown.isEmpty else {
            throw CommandError("no region \(unknown.joined(separator: ", ")); choose from: \(areas.map(\.id).joined(separator: ", "))")
        }
        return areas.filter { ids.contains($0.id) }
    }
}
