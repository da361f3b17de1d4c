import Foundation
import Hummingbird
import Logging
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics

/// Uploading a programme's local records for a region: the programme's own `RecordImport`, the
/// one `smp … import` runs, with the same checks (strict UTF-8, no names or dates of birth, all or
/// nothing). Refused while the programme is switched off for the region.
enum RecordsAPI {
    struct Outcome: Encodable {
        let outcome: String
        let kind: String
        let summary: String?
        let problems: [String]
    }

    static func run(kind: String, filename: String, data: Data, _ input: RouteRequest) async throws -> Outcome {
        let region = input.region!, plugin = input.programme!, environment = input.environment
        guard let recordImport = plugin.recordImports.first(where: { $0.id == kind }) else {
            let kinds = plugin.recordImports.map(\.id)
            throw ServerError.notFound(
                kinds.isEmpty ? "\(plugin.id) takes no local records" : "\(plugin.id) takes \(kinds.joined(separator: ", ")), not '\(kind)'")
        }
        let switches = try await ProgrammeSwitchboard(store: environment.store).switches(for: region)
        guard switches.isEnabled(plugin.id, on: environment.today()) else {
            throw ServerError(.conflict, "\(switches.offReason(plugin.id, on: environment.today())); no new records are taken for it")
        }
        let file = (filename as NSString).lastPathComponent.isEmpty ? "upload.csv" : (filename as NSString).lastPathComponent
        if let problem = SourceText.problem(inFileName: (file as NSString).deletingPathExtension) {
            throw ServerError.badRequest("\(file): \(problem); rename the file")
        }
        let text: String
        switch InputFile.text(data, file: file) {
        case .failure(let problem): return Outcome(outcome: "rejected", kind: kind, summary: "nothing was changed", problems: [problem.description])
        case .success(let decoded): text = decoded
        }
        switch try await recordImport.run(text: text, file: file, region: region, store: environment.store) {
        case .imported(let summary):
            environment.logger.notice("records imported", metadata: ["region": "\(region.id)", "programme": "\(plugin.id)", "kind": "\(kind)"])
            return Outcome(outcome: "imported", kind: kind, summary: summary, problems: [])
        case .rejected(let problems):
            return Outcome(outcome: "rejected", kind: kind, summary: "nothing was changed", problems: problems.map(\.description))
        }
    }

    /// `POST /api/regions/{region}/programmes/{programme}/records/{kind}?filename=NAME` with the file as the body.
    static func upload(_ input: RouteRequest) async throws -> Response {
        let body = try await input.body(limit: ServerLimits.upload)
        let outcome = try await run(
            kind: input.context.parameters.get("kind") ?? "", filename: input.query("filename") ?? "upload.csv", data: Data(body.readableBytesView),
            input)
        return try Responses.json(outcome, status: outcome.outcome == "imported" ? .created : .unprocessableContent)
    }
}
