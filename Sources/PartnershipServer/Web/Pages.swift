import Foundation
import HTTPTypes
import Hummingbird
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import Reporting

/// The server-rendered pages: the same reports as the API, in the same template as
/// `--format html`, with navigation and forms. They work without JavaScript.
enum Pages {
    static func page(
        _ report: Report, _ input: RouteRequest, current: String, messages: [String] = [], errors: [String] = [], forms: [PageChrome.Form] = [],
        related: [PageChrome.Link] = []
    ) -> Response {
        var chrome = Chrome.page(session: input.session, environment: input.environment, current: current)
        chrome.messages = messages
        chrome.errors = errors
        chrome.forms = forms
        chrome.related = related
        return Responses.html(HTMLPage.render(report, chrome: chrome, generated: "as of \(input.environment.today())"))
    }

    static func comparison(_ input: RouteRequest) async throws -> Response {
        let environment = input.environment, audience = input.audience
        let version = try await DataVersionCache.version(of: environment.store)
        let chrome = Chrome.page(session: input.session, environment: environment, current: "/")
        let body = try await environment.cache.value(
            "compare-html-\(audience)-\(environment.today())-\(input.session?.csrfToken ?? "")", version: version
        ) {
            HTMLPage.render(
                try await ServerViews.comparison(environment, audience: audience), chrome: chrome, generated: "as of \(environment.today())")
        }
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: body))
    }

    static func region(_ input: RouteRequest) async throws -> Response {
        let region = input.region!
        let report = try await ServerViews.region(region, input.environment, audience: input.audience)
        let related =
            input.environment.registry.plugins.map { PageChrome.Link($0.title, href: "/regions/\(region.id)/programmes/\($0.id)") }
            + (region.plans.isEmpty ? [] : [PageChrome.Link("Business plan", href: "/regions/\(region.id)/plan")])
        return page(report, input, current: "/regions/\(region.id)", messages: message(input), related: related)
    }

    static func programme(_ input: RouteRequest, outcome: RecordsAPI.Outcome? = nil, errors: [String] = []) async throws -> Response {
        let region = input.region!, plugin = input.programme!
        var report = try await ServerViews.programme(plugin, in: region, input.environment, audience: input.audience)
        let canManage = Permission.switchProgramme.allows(input.role, region: region.id, programme: plugin.id)
        let related =
            canManage ? [PageChrome.Link("Switch this programme on or off", href: "/regions/\(region.id)/programmes/\(plugin.id)/switch")] : []
        var forms: [PageChrome.Form] = []
        if canManage && !plugin.recordImports.isEmpty {
            forms.append(
                PageChrome.Form(
                    title: "Upload local records", action: "/regions/\(region.id)/programmes/\(plugin.id)/records",
                    fields: [
                        .init(
                            "kind", label: "Kind of file", kind: .select(plugin.recordImports.map { ($0.id, $0.title) }),
                            hint: plugin.recordImports.map { "\($0.title): \($0.columns)" }.joined(separator: ". "), value: plugin.recordImports[0].id
                        ),
                        .init("file", label: "CSV file (pseudonymous references only, never names)", kind: .file),
                    ],
                    submit: "Upload", csrf: input.session?.csrfToken))
        }
        var messages: [String] = [], problems = errors
        if let outcome {
            if outcome.outcome == "imported" {
                messages.append(outcome.summary ?? "Imported.")
            } else {
                problems += ["\(outcome.problems.count) problem(s) in the file; nothing was changed"]
                report = Report(
                    title: report.title,
                    sections: [ReportSection(title: "Problems in the file", columns: [.init("problem")], rows: outcome.problems.map { [.text($0)] })]
                        + report.sections, notes: report.notes)
            }
        }
        return page(report, input, current: "/regions/\(region.id)", messages: messages, errors: problems, forms: forms, related: related)
    }

    static func recordsSubmit(_ input: RouteRequest) async throws -> Response {
        let body = try await input.body(limit: ServerLimits.upload)
        guard let form = MultipartForm(body, contentType: input.request.headers[.contentType]), let file = form.parts["file"], !file.data.isEmpty
        else { return try await programme(input, errors: ["choose a file to upload"]) }
        do {
            let outcome = try await RecordsAPI.run(kind: form.text("kind") ?? "", filename: file.filename ?? "upload.csv", data: file.data, input)
            return try await programme(input, outcome: outcome)
        } catch let error as ServerError {
            return try await programme(input, errors: [error.message])
        }
    }

    static func audit(_ input: RouteRequest) async throws -> Response {
        page(try await ServerViews.audit(input.environment, role: input.role), input, current: "/audit")
    }

    static func message(_ input: RouteRequest) -> [String] {
        switch input.query("done") {
        case "switched": ["The switch is recorded in the audit log."]
        default: []
        }
    }

    // MARK: Switch form

    static func switchForm(_ input: RouteRequest, errors: [String] = [], reason: String = "") async throws -> Response {
        let region = input.region!, plugin = input.programme!, day = input.environment.today()
        let switches = try await ProgrammeSwitchboard(store: input.environment.store).switches(for: region)
        let on = switches.isEnabled(plugin.id, on: day)
        let form = PageChrome.Form(
            title: "Switch \(plugin.title) \(on ? "off" : "on") for \(region.name)", action: "/regions/\(region.id)/programmes/\(plugin.id)/switch",
            fields: [
                .init("state", label: "Switch to", kind: .select([(on ? "off" : "on", on ? "Off" : "On")]), value: on ? "off" : "on"),
                .init("from", label: "From (YYYY-MM-DD)", hint: "Leave empty for today (\(day)).", value: ""),
                .init("reason", label: "Reason", hint: "Goes into the audit log with your name. Never a person's details.", value: reason),
            ],
            submit: "Record the switch", csrf: input.session?.csrfToken)
        let state = ReportSection(
            title: "Now", columns: [.init("programme"), .init("state"), .init("since / why")],
            rows: [
                [
                    .text(plugin.id.rawValue), on ? .text("on") : .off,
                    .text(switches.inForce(plugin.id, on: day).map(\.summary) ?? "by the region module"),
                ]
            ])
        return page(
            Report(title: "\(plugin.title) in \(region.name)", sections: [state]), input, current: "/regions/\(region.id)", errors: errors,
            forms: [form])
    }

    static func switchSubmit(_ input: RouteRequest) async throws -> Response {
        let change = try await input.decode(SwitchAPI.Change.self)
        do {
            _ = try await SwitchAPI.perform(change, input)
        } catch let error as ServerError {
            return try await switchForm(input, errors: [error.message], reason: change.reason)
        }
        return Responses.redirect("/regions/\(input.region!.id)?done=switched")
    }
}
