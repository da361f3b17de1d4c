import CommandLineKit
import PartnershipCore
import Reporting

/// The tables `smp region show` prints for a person reading a terminal or Markdown.
enum RegionTables {
    static func all(_ region: Region, programmes: [(String, String, Bool, [ResolvedSetting])], sources: [SourceDocument]) -> [ReportSection] {
        let sourceTitle = { (id: String?) -> String in
            guard let id else { return "" }
            guard let doc = sources.first(where: { $0.id == id }) else { return id }
            return "\(id) (\(doc.asOf.map { "as of \($0)" } ?? "undated"))"
        }
        let identity = ReportSection(
            title: "\(region.name) (\(region.shortName))",
            columns: [.init("field"), .init("value")],
            rows: ([
                ["id", region.id], ["ONS region", region.onsRegionCode?.rawValue ?? ""], ["lead organisation", region.leadOrganisation],
                ["established", region.established],
                ["local authorities", "\(region.localAuthorities.count) (\(region.lowerTier.count) lower-tier)"],
                ["population", "\(NumberFormat.grouped(region.population)) (children 0-17: \(NumberFormat.grouped(region.childPopulation)))"],
                ["board", region.governance.board.map { "\($0.name)\($0.meets.map { ", meets: \($0)" } ?? "")" } ?? ""],
            ] + region.governance.subRegionalGroups.map { ["sub-regional group", $0.name] }
                + region.governance.taskGroups.map { ["task group", $0.name] }
                + region.reportingCalendar.map { ["report due", "\($0.report): \($0.due)"] }).map { $0.map(ReportCell.text) },
            notes: ["Population: \(region.populationVintages.joined(separator: "; "))."])
        let settings = ReportSection(
            title: "Programmes and settings",
            columns: [.init("programme"), .init("on"), .init("setting"), .init("value"), .init("from"), .init("source")],
            rows: programmes.flatMap { id, _, enabled, values in
                values.isEmpty
                    ? [[.text(id), enabled ? "on" : .off, "", "", "", ""]]
                    : values.map {
                        [
                            .text(id), enabled ? "on" : .off, .text($0.key), .text($0.value.description),
                            .text($0.origin == .region ? "region" : "national \($0.validFrom?.description ?? "")"),
                            .text($0.origin == .region ? sourceTitle($0.source) : ($0.source ?? "")),
                        ]
                    }
            })
        let baseline = ReportSection(
            title: "Baseline figures (as published)",
            columns: [.init("figure"), .init("value", .right), .init("unit"), .init("as of"), .init("source")],
            rows: region.baseline.map {
                [
                    .text($0.label), .rate($0.value, places: $0.value == $0.value.rounded() ? 0 : 2), .text($0.unit), .date($0.asOf),
                    .text(sourceTitle($0.source)),
                ]
            })
        return [identity, localAuthorities(region), settings] + (region.baseline.isEmpty ? [] : [baseline])
    }

    static func localAuthorities(_ region: Region) -> ReportSection {
        let order: [LocalAuthorityTier] = [.county, .unitary, .metropolitan, .london, .district]
        let sorted = region.localAuthorities.sorted { (order.firstIndex(of: $0.tier)!, $0.name) < (order.firstIndex(of: $1.tier)!, $1.name) }
        return ReportSection(
            title: "Local authorities by tier",
            columns: [
                .init("code"), .init("name"), .init("tier"), .init("parent"), .init("population", .right), .init("children", .right),
                .init("dispersal"),
            ],
            rows: sorted.map {
                [
                    .text($0.code.rawValue), .text($0.name), .text($0.tier.rawValue), .text($0.parentCode?.rawValue ?? ""), .count($0.population),
                    .count($0.childPopulation), .text($0.dispersal.rawValue),
                ]
            },
            notes: ["Population and children (0-17): \(region.populationVintages.joined(separator: "; ")); source per LA in local-authorities.csv."])
    }
}
