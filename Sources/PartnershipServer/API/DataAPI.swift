import Foundation
import Hummingbird
import NIOCore
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// Read-only JSON: regions, programmes and indicators, the comparison, each programme's report,
/// the audit log, and the streamed export. Reports are the CLI's, rendered by the same JSON
/// renderer as `--format json`, suppressed for the signed-in role.
enum DataAPI {
    static func report(_ report: Report) -> Response { Responses.json(text: ReportRenderer.render(report, as: .json)) }

    static func regions(_ input: RouteRequest) async throws -> Response {
        report(try await ServerViews.regions(input.environment))
    }

    static func region(_ input: RouteRequest) async throws -> Response {
        report(try await ServerViews.region(input.region!, input.environment, audience: input.audience))
    }

    static func programme(_ input: RouteRequest) async throws -> Response {
        report(try await ServerViews.programme(input.programme!, in: input.region!, input.environment, audience: input.audience))
    }

    /// The comparison, cached per data version and audience (an import or a switch moves the version).
    static func compare(_ input: RouteRequest) async throws -> Response {
        let environment = input.environment, audience = input.audience
        let version = try await DataVersionCache.version(of: environment.store)
        let body = try await environment.cache.value("compare-json-\(audience)-\(environment.today())", version: version) {
            ReportRenderer.render(try await ServerViews.comparison(environment, audience: audience), as: .json)
        }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: body))
    }

    struct ProgrammeInfo: Encodable {
        struct Setting: Encodable {
            let key: String
            let title: String
        }
        let id: String
        let title: String
        let indicators: [IndicatorInfo]
        let settings: [Setting]
    }

    struct IndicatorInfo: Encodable {
        let id: String
        let title: String
        let programme: String
        let origin: String
    }

    static func indicatorInfo(_ plugin: any ProgrammePlugin) -> [IndicatorInfo] {
        plugin.indicators.map { IndicatorInfo(id: $0.id, title: $0.title, programme: plugin.id.rawValue, origin: "\($0.origin)") }
    }

    static func programmes(_ input: RouteRequest) async throws -> Response {
        try Responses.json(
            input.environment.registry.plugins.map { plugin in
                ProgrammeInfo(
                    id: plugin.id.rawValue, title: plugin.title, indicators: indicatorInfo(plugin),
                    settings: plugin.settings.map { ProgrammeInfo.Setting(key: $0.key, title: $0.title) })
            })
    }

    static func indicators(_ input: RouteRequest) async throws -> Response {
        try Responses.json(input.environment.registry.plugins.flatMap(indicatorInfo))
    }

    static func audit(_ input: RouteRequest) async throws -> Response {
        report(try await ServerViews.audit(input.environment, role: input.role))
    }

    /// Every LA × quarter × support type × accommodation type row of the newest Asy_D11 release,
    /// streamed one quarter at a time (on the store's index) rather than built in memory.
    static func exportAsylumSupport(_ input: RouteRequest) async throws -> Response {
        let store = input.environment.store
        guard let vintage = try await ImportLedger(store: store).vintages(dataset: AsylumSupportTable.dataset).last else {
            throw ServerError(.notFound, "no Asy_D11 release is imported: smp import --bundled loads the one shipped with the project")
        }
        let id = SQLValue.integer(vintage.id)
        let quarters = try await store.rows("SELECT DISTINCT snapshot FROM asylum_support WHERE vintage_id = \(bind: id) ORDER BY snapshot")
            .compactMap { $0["snapshot"].string }
        let columns = ["snapshot", "la_code", "la_name", "region", "support_type", "accommodation_type", "people"]
        let body = ResponseBody { writer in
            let heading = "# Home Office Asy_D11, release \(vintage.release) (vintage \(vintage.id)), Open Government Licence v3.0\n"
            try await writer.write(ByteBuffer(string: heading + columns.joined(separator: ",") + "\n"))
            for quarter in quarters {
                let rows = try await store.rows(
                    """
                    SELECT snapshot, la_code, la_name, region, support_type, accommodation_type, people FROM asylum_support
                    WHERE vintage_id = \(bind: id) AND snapshot = \(bind: .text(quarter))
                    ORDER BY la_code, la_name, support_type, accommodation_type
                    """)
                var text = ""
                for row in rows {
                    text += columns.map { CSVField.escape(row[$0].string ?? row[$0].int.map(String.init) ?? "") }.joined(separator: ",") + "\n"
                }
                try await writer.write(ByteBuffer(string: text))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"asylum-support-\(vintage.id).csv\""],
            body: body)
    }
}

/// One CSV field, quoted when it holds a comma, quote or line break.
enum CSVField {
    static func escape(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
