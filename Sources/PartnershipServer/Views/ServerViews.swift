import Foundation
import PartnershipCore
import PartnershipReports
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// The reports the server shows, each built from the same model as a CLI listing and suppressed
/// for whoever is looking. API routes render them as JSON, pages as HTML.
enum ServerViews {
    /// Every English region, Wales, Scotland, Northern Ireland and the UK on the same indicators.
    static func comparison(_ environment: ServerEnvironment, audience: Audience) async throws -> Report {
        let registry = environment.registry, store = environment.store
        let areas = try await NationalAreas().areas(modules: environment.regions, programmes: registry.ids, store: store)
        let report = try await NationalComparison.build(
            plugins: registry.plugins, regions: areas, indicators: nil, shareOf: nil, on: environment.today(), registry: registry, store: store,
            logger: environment.logger, title: "National comparison")
        return Report(
            title: report.title, sections: report.sections,
            notes: report.notes + ["Counts of people from local records are shown as <5 when 1-4 outside the owning region (viewer: \(audience))."]
        ).suppressingSmallCounts(for: audience)
    }

    /// The regions with their LAs and which programmes are on today.
    static func regions(_ environment: ServerEnvironment) async throws -> Report {
        let day = environment.today()
        var rows: [[ReportCell]] = []
        for region in environment.regions {
            let switches = try await ProgrammeSwitchboard(store: environment.store).switches(for: region)
            let on = environment.registry.ids.filter { switches.isEnabled($0, on: day) }
            rows.append([
                .text(region.id), .text(region.name), .count(region.localAuthorities.count), .text(on.map(\.rawValue).joined(separator: ", ")),
            ])
        }
        return Report(
            title: "Regions",
            sections: [
                ReportSection(
                    title: "Region modules (active)", columns: [.init("id"), .init("region"), .init("LAs", .right), .init("programmes on \(day)")],
                    rows: rows)
            ])
    }

    /// One region: its programmes on or off (with the switch in force), its LAs, and each
    /// programme's headline indicators.
    static func region(_ region: Region, _ environment: ServerEnvironment, audience: Audience) async throws -> Report {
        let day = environment.today(), registry = environment.registry, store = environment.store
        let switches = try await ProgrammeSwitchboard(store: store).switches(for: region)
        let programmes = ReportSection(
            title: "Programmes on \(day)", columns: [.init("programme"), .init("title"), .init("state"), .init("since / why")],
            rows: registry.plugins.map { plugin in
                let on = switches.isEnabled(plugin.id, on: day)
                let why = switches.inForce(plugin.id, on: day).map(\.summary) ?? "by the region module"
                return [.text(plugin.id.rawValue), .text(plugin.title), on ? .text("on") : .off, .text(why)]
            })
        let authorities = ReportSection(
            title: "Local authorities", columns: [.init("code"), .init("name"), .init("sub-region")],
            rows: region.localAuthorities.map { [.text($0.code.rawValue), .text($0.name), .text($0.subRegion ?? "")] })
        var headlines: [ReportSection] = []
        for plugin in registry.plugins where switches.isEnabled(plugin.id, on: day) {
            let values = try await registry.evaluate(plugin, region: region, on: day, store: store, switches: switches, logger: environment.logger)
            headlines.append(IndicatorSection.make(title: plugin.title, definitions: plugin.indicators, values: values, owner: region.id))
        }
        return Report(title: "\(region.name) as of \(day)", sections: [programmes] + headlines + [authorities]).suppressingSmallCounts(for: audience)
    }

    /// One programme's own report sections for a region.
    static func programme(
        _ plugin: any ProgrammePlugin, in region: Region, _ environment: ServerEnvironment, audience: Audience
    ) async throws
        -> Report
    {
        let report = try await ProgrammeReport.build(
            region: region, plugins: [plugin], on: environment.today(), registry: environment.registry, store: environment.store,
            logger: environment.logger)
        return Report(title: "\(plugin.title) in \(region.name)", sections: report.sections, notes: report.notes).suppressingSmallCounts(
            for: audience)
    }

    /// The audit log: every entry for the national and admin roles, the region's and the
    /// national entries for a role scoped to a region.
    static func audit(_ environment: ServerEnvironment, role: Role?) async throws -> Report {
        let entries = try await AuditLog(store: environment.store).entries().filter { entry in
            guard let own = role?.region else { return true }
            return entry.region == own || entry.region == "national"
        }
        return Report(
            title: "Audit log",
            sections: [
                ReportSection(
                    title: nil,
                    columns: [
                        .init("#", .right), .init("recorded"), .init("kind"), .init("region"), .init("subject"), .init("change"), .init("from"),
                        .init("by"), .init("reason"),
                    ],
                    rows: entries.reversed().map {
                        [
                            .count(Int($0.id)), .text($0.recordedAt), .text($0.kind), .text($0.region), .text($0.subject),
                            .text("\($0.draft.before) → \($0.draft.after)"), .text($0.draft.effectiveFrom), .text($0.draft.by),
                            .text($0.draft.reason),
                        ]
                    })
            ],
            notes: ["Newest first. Each entry is chained to the one before it by a hash (smp audit --verify checks the chain)."])
    }
}
