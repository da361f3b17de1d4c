import ArgumentParser
import Dispersal
import Foundation
import PartnershipCore

/// What every dispersal command takes: the region, the store, a count basis and an as-of date.
struct DispersalOptions: ParsableArguments {
    @Option(name: .long, help: "Region module id (e.g. north-east).") var region: String
    @Option(name: .long, help: "Count basis: s95-dispersed-plus-s4 (default), s95-dispersed, s95, all-supported.") var basis: CountBasis?
    @Option(name: .customLong("as-of"), help: "Quarter end on or before this date (YYYY-MM-DD); default: the latest imported.") var asOf: String?
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption
}

/// A region, its dispersal settings and the imported figures, loaded once per command.
struct DispersalContext {
    let region: Region
    let settings: DispersalSettings
    let figures: DispersalFigures
    let snapshot: Day
    let counts: [Day: [ONSCode: Int]]

    init(_ options: DispersalOptions) throws {
        let catalog = try Console.catalog(options.regions)
        region = try Console.region(options.region, in: catalog)
        let store = try options.database.openWithData()
        guard let figures = try DispersalFigures(store: store) else {
            Console.err("no Home Office asylum support figures in \(store.location): run 'smp import asylum-support FILE' or 'smp import --bundled'")
            throw ExitCode(1)
        }
        self.figures = figures
        let asOf = try options.asOf.map { try DayArgument.parse($0, option: "--as-of") }
        guard let snapshot = figures.snapshot(asOf: asOf) else {
            Console.err("no Asy_D11 quarter end on or before \(options.asOf ?? "?"); the figures start at \(figures.snapshots.first?.description ?? "?")")
            throw ExitCode(1)
        }
        self.snapshot = snapshot
        let programme = DispersalProgramme()
        var settings = try programme.settings(for: region, on: snapshot)
        if let basis = options.basis { settings = settings.with(basis: basis) }
        self.settings = settings
        counts = figures.counts(on: settings.countBasis)
    }

    func assessment(at day: Day? = nil) -> ClusterAssessment {
        let day = day ?? snapshot
        let here = counts[day] ?? [:]
        return ClusterAssessment(lowerTier: region.lowerTier, settings: settings, counts: here, nationalCount: figures.nationalCount(here), snapshot: day)
    }

    /// The notes every dispersal output carries: sources, as-of dates, the basis and the rule.
    var notes: [String] {
        let vintages = Set(region.lowerTier.map(\.populationVintage)).sorted().joined(separator: "; ")
        return [
            "Supported people: \(figures.source), quarter end \(snapshot).",
            "Count basis: \(settings.countBasis.label) (--basis to change).",
            "Cluster limit: 1 per \(settings.clusterRatio) residents, rounded down (\(settings.clusterRatioSource ?? "national rule")); near = within \(Int(settings.nearMargin * 100))% of the limit.",
            "Population: \(vintages) (ONS mid-2019 estimates) from the region module \(region.id).",
        ]
    }
}
