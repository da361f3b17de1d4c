import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import Reporting

/// `smp region new --id ID --name NAME [--ons-region CODE]`: scaffold a draft module from
/// `regions/_template`, with every LA of the ONS region filled in from the bundled ONS data, then
/// list what only the partnership can fill in.
struct RegionNewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create regions/<id>/ as a draft, its LAs filled in from ONS, and list the blanks left.",
        discussion: """
            ONS region codes: E12000001 North East, E12000002 North West, E12000003 Yorkshire and The Humber, \
            E12000004 East Midlands, E12000005 West Midlands, E12000006 East of England, E12000007 London, \
            E12000008 South East, E12000009 South West, W92000004 Wales.
            """)

    @Option(name: .long, help: "Region id: lower-case words joined by hyphens.") var id: String
    @Option(name: .long, help: "Full name of the partnership.") var name: String
    @Option(name: .customLong("ons-region"), help: "ONS region code (E12000001-E12000009, or W92000004 for Wales): fills in the LAs.")
    var onsRegion: ONSCode?
    @OptionGroup var regions: RegionsOption

    /// The columns of `local-authorities.csv`, in the order the modules use.
    static let header = [
        "ons_code", "name", "tier", "parent_code", "sub_region", "population", "child_population", "population_vintage", "population_source",
        "dispersal", "dispersal_source",
    ]

    func run() async throws {
        let folder: URL
        var listed: [ONSRegionListing.Row] = []
        do {
            if let onsRegion { listed = try ONSRegionListing().rows(for: onsRegion) }
            folder = try RegionScaffolder(regionsFolder: regions.folder).scaffold(
                id: id, name: name, onsRegion: onsRegion, localAuthorities: onsRegion == nil ? nil : Self.csv(listed))
        } catch {
            throw CommandError("smp region new: \(error)")
        }
        let result = RegionModuleLoader(registry: try Console.registry().platform.programmes).load(
            folder, relativeTo: regions.folder.deletingLastPathComponent())
        if !listed.isEmpty {
            let lower = listed.filter { $0.tier.isLowerTier }
            let aggregated = listed.filter { $0.vintage == ONSRegionListing.aggregatedVintage }.map(\.name)
            Console.out(
                "Filled in \(listed.count) LA(s) from ONS (\(lower.count) lower-tier, \(NumberFormat.grouped(lower.reduce(0) { $0 + $1.population })) "
                    + "residents, ONS MYE 2019)"
                    + (aggregated.isEmpty ? "" : "; summed over 2019 predecessors for \(aggregated.joined(separator: ", "))") + ".\n"
                    + "Dispersal participation is 'unknown' for each: record what the partnership has declared, with its source.\n")
        }
        Console.out(
            "Created \(folder.path) as a draft (status: draft keeps it out of compare and report). "
                + "Fill in these \(result.diagnostics.errors.count) place(s), then run 'smp validate':\n")
        Console.out(result.diagnostics.map { "  \($0)" }.joined(separator: "\n") + "\n")
    }

    /// `local-authorities.csv` for the listed LAs: participation unknown until declared.
    static func csv(_ rows: [ONSRegionListing.Row]) -> String {
        ReportRenderer.csv(
            header: header,
            rows: rows.map { row in
                [
                    row.code.rawValue, row.name, row.tier.rawValue, row.parent?.rawValue ?? "", "", String(row.population), String(row.children),
                    row.vintage, row.source, row.tier == .county ? "n/a" : "unknown", "",
                ]
            })
    }
}
