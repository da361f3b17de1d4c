import Logging
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import Reporting

/// A region's programme report: each programme's own report sections, and a programme switched off
/// shown as off (never left out). Built once for `smp report programme` and the server's pages;
/// the caller suppresses small counts for whoever is looking.
public enum ProgrammeReport {
    public static func build(
        region: Region, plugins: [any ProgrammePlugin], on day: Day, registry: PlatformRegistry, store: any SQLStore, logger: Logger
    ) async throws -> Report {
        let switches = try await ProgrammeSwitchboard(store: store).switches(for: region)
        var sections: [ReportSection] = []
        for plugin in plugins {
            guard switches.isEnabled(plugin.id, on: day) else {
                sections.append(
                    ReportSection(
                        title: plugin.title, columns: [.init("programme"), .init("state")], rows: [[.text(plugin.id.rawValue), .off]],
                        notes: [switches.offReason(plugin.id, on: day)]))
                continue
            }
            sections += try await plugin.reportSections(registry.context(plugin, region: region, on: day, store: store, logger: logger))
        }
        return Report(title: "\(region.name): report as of \(day)", sections: sections, notes: ["'off' = programme switched off for the region."])
    }
}
