import Foundation
import Hummingbird
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics

/// Uploading a Home Office or ONS table: written to a private temporary file, then imported by
/// the CLI's importer with the same all-or-nothing checks and the same list of problems.
enum ImportAPI {
    struct Outcome: Encodable {
        let outcome: String
        let dataset: String
        let vintage: Int64?
        let release: String?
        let summary: String?
        let notes: [String]
        let problems: [String]
    }

    /// The import of `data` (named `filename`) as `datasetID`; a refusal lists every problem.
    static func run(datasetID: String, filename: String, data: Data, _ environment: ServerEnvironment) async throws -> Outcome {
        guard let dataset = environment.registry.datasets.first(where: { $0.id == datasetID }) else {
            throw ServerError.notFound(
                "no dataset '\(datasetID)'; the datasets are \(environment.registry.datasets.map(\.id).joined(separator: ", "))")
        }
        guard !data.isEmpty else { throw ServerError.badRequest("the upload is empty: choose a file") }
        let safeName = String(((filename as NSString).lastPathComponent).filter { $0.isLetter || $0.isNumber || "-_.".contains($0) }.prefix(100))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smp-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(safeName.isEmpty ? "upload.csv" : safeName)
        try data.write(to: url)
        let outcome = try await TableImporter(store: environment.store, logger: environment.logger).importFile(
            url, asOneOf: dataset.tables, kind: dataset.kind)
        switch outcome {
        case .imported(let vintage, let summary, let notes):
            return Outcome(
                outcome: "imported", dataset: dataset.id, vintage: vintage.id, release: vintage.release, summary: summary, notes: notes, problems: [])
        case .alreadyImported(let vintage):
            return Outcome(
                outcome: "already imported", dataset: dataset.id, vintage: vintage.id, release: vintage.release, summary: "nothing changed",
                notes: [],
                problems: [])
        case .rejected(let problems):
            return Outcome(
                outcome: "rejected", dataset: dataset.id, vintage: nil, release: nil, summary: "nothing was imported", notes: [],
                problems: problems.map(\.description))
        }
    }

    /// `POST /api/imports/{dataset}?filename=NAME` with the file as the body.
    static func upload(_ input: RouteRequest) async throws -> Response {
        let body = try await input.body(limit: ServerLimits.upload)
        let outcome = try await run(
            datasetID: input.context.parameters.get("dataset") ?? "", filename: input.query("filename") ?? "upload.csv",
            data: Data(body.readableBytesView),
            input.environment)
        return try Responses.json(
            outcome, status: outcome.outcome == "rejected" ? .unprocessableContent : outcome.outcome == "imported" ? .created : .ok)
    }
}
