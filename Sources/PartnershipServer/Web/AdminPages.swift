import Foundation
import HTTPTypes
import Hummingbird
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import Reporting

/// The import page (upload a table, see every problem) and the users page (admins).
enum AdminPages {
    static func importForm(_ input: RouteRequest, outcome: ImportAPI.Outcome? = nil, errors: [String] = []) -> Response {
        let datasets = input.environment.registry.datasets
        let form = PageChrome.Form(
            title: "Import a Home Office or ONS table", action: "/import",
            fields: [
                .init("dataset", label: "Dataset", kind: .select(datasets.map { ($0.id, "\($0.id): \($0.kind)") }), value: datasets.first?.id ?? ""),
                .init("file", label: "File (CSV, .xlsx or .ods, up to \(ServerLimits.upload / 1_048_576) MB)", kind: .file),
            ],
            submit: "Import", csrf: input.session?.csrfToken)
        var sections: [ReportSection] = []
        var messages: [String] = [], problems = errors
        if let outcome {
            switch outcome.outcome {
            case "rejected":
                problems += ["\(outcome.problems.count) problem(s); nothing was imported"]
                sections.append(
                    ReportSection(title: "Problems in the file", columns: [.init("problem")], rows: outcome.problems.map { [.text($0)] }))
            default:
                messages.append(
                    "\(outcome.outcome.capitalized): \(outcome.dataset) vintage \(outcome.vintage ?? 0) (\(outcome.release ?? "")): \(outcome.summary ?? "")"
                )
                if !outcome.notes.isEmpty {
                    sections.append(ReportSection(title: "Notes on the file", columns: [.init("note")], rows: outcome.notes.map { [.text($0)] }))
                }
            }
        }
        return Pages.page(
            Report(title: "Import", sections: sections, notes: ["Each file is imported whole or not at all; the same file twice changes nothing."]),
            input, current: "/import", messages: messages, errors: problems, forms: [form])
    }

    static func importSubmit(_ input: RouteRequest) async throws -> Response {
        let body = try await input.body(limit: ServerLimits.upload)
        guard let form = MultipartForm(body, contentType: input.request.headers[.contentType]), let file = form.parts["file"] else {
            return importForm(input, errors: ["choose a file to upload"])
        }
        do {
            let outcome = try await ImportAPI.run(
                datasetID: form.text("dataset") ?? "", filename: file.filename ?? "upload.csv", data: file.data, input.environment)
            return importForm(input, outcome: outcome)
        } catch let error as ServerError {
            return importForm(input, errors: [error.message])
        }
    }

    static func users(_ input: RouteRequest, errors: [String] = [], messages: [String] = []) async throws -> Response {
        let users = try await input.environment.users.all()
        let section = ReportSection(
            title: "Users", columns: [.init("username"), .init("role"), .init("state"), .init("created")],
            rows: users.map { [.text($0.username), .text($0.role.description), .text($0.disabled ? "disabled" : "active"), .text($0.createdAt)] })
        let environment = input.environment
        let form = PageChrome.Form(
            title: "Add a user", action: "/users",
            fields: [
                .init("username", label: "Login name", hint: "3-40 lower-case letters, digits and . - _", autocomplete: "off"),
                .init("role", label: "Role", kind: .select(Role.kinds.map { ($0, $0) }), value: "national-viewer"),
                .init(
                    "region", label: "Region (region managers and programme leads)",
                    kind: .select([("", "none")] + environment.regions.map { ($0.id, $0.name) })),
                .init(
                    "programme", label: "Programme (programme leads)",
                    kind: .select([("", "none")] + environment.registry.ids.map { ($0.rawValue, $0.rawValue) })),
                .init(
                    "password", label: "First password", kind: .password, hint: "At least \(PasswordHasher.minimumLength) characters.",
                    autocomplete: "new-password"),
            ],
            submit: "Add user", csrf: input.session?.csrfToken)
        return Pages.page(Report(title: "Users", sections: [section]), input, current: "/users", messages: messages, errors: errors, forms: [form])
    }

    static func addUser(_ input: RouteRequest) async throws -> Response {
        let new = try await input.decode(UsersAPI.NewUser.self)
        do {
            let role = try UsersAPI.role(kind: new.role, region: new.region, programme: new.programme, input.environment)
            try await input.environment.users.add(
                new.username, role: role, passwordHash: try input.environment.passwords.hash(new.password), by: input.session!.user.username)
        } catch let error as ServerError {
            return try await users(input, errors: [error.message])
        } catch let refusal as UserDirectory.Refusal {
            return try await users(input, errors: [refusal.description])
        }
        return try await users(input, messages: ["Added \(new.username)."])
    }
}
