import Crypto
import Foundation
import Logging
import PartnershipCore
import PartnershipStore

/// Imports one published file as a new vintage, all or nothing: the file is read and every row
/// checked before the store is touched, then the ledger entry and the rows are written in one
/// transaction. The identical file imported again is a no-op.
public struct TableImporter: Sendable {
    private let openStore: @Sendable () async throws -> any SQLStore
    private let storeIsNew: Bool
    private let logger: Logger

    /// Imports into `store`; `logger` (the caller's) hears each outcome. Without one, nothing is logged.
    public init(store: any SQLStore, logger: Logger = TableImporter.silent) {
        openStore = { store }
        storeIsNew = false
        self.logger = logger
    }

    /// Opens the store only when there is something to write or look up: a rejected file leaves
    /// a database that does not exist yet uncreated (`storeIsNew`: nothing can be imported there).
    public init(storeIsNew: Bool, logger: Logger = TableImporter.silent, opening: @escaping @Sendable () async throws -> any SQLStore) {
        openStore = opening
        self.storeIsNew = storeIsNew
        self.logger = logger
    }

    /// SHA-256 of the file's bytes, hex: the identity of a release in the ledger.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// Imports `url` as `table` (a CSV file, or a workbook with that table's header on a sheet).
    public func importFile(
        _ url: URL, as table: any PublishedTable, release: String? = nil, progress: @escaping (Double) -> Void = { _ in }
    ) async throws -> ImportOutcome {
        try await importFile(url, asOneOf: [table], kind: "a \(table.dataset) table", release: release, progress: progress)
    }

    /// Imports `url` as whichever of `tables` its header row is (`kind` names them in a refusal).
    public func importFile(
        _ url: URL, asOneOf tables: [any PublishedTable], kind: String, release: String? = nil, progress: @escaping (Double) -> Void = { _ in }
    ) async throws -> ImportOutcome {
        let source: PublishedFile
        switch PublishedFile.read(url, as: tables, kind: kind) {
        case .failure(let problem): return .rejected([problem])
        case .success(let read): source = read
        }
        let data = source.data, text = source.text, table = source.table, label = source.label
        let sha = Self.sha256(data)
        var opened: (any SQLStore)?
        if !storeIsNew {
            let store = try await openStore()
            if let existing = try await ImportLedger(store: store).vintage(dataset: table.dataset, sha256: sha) {
                return .alreadyImported(existing)
            }
            opened = store
        }
        var parsed = table.parse(text, file: label, progress: progress)
        if parsed.diagnostics.isEmpty && parsed.rows.isEmpty {
            parsed.diagnostics.append(
                Diagnostic(
                    .error, file: label, line: (CheckedCSV.header(of: text)?.line ?? 1) + 1,
                    message: "has a header but no data rows: a release with no figures is not imported")
            )
        }
        guard parsed.diagnostics.isEmpty else {
            logger.notice(
                "rejected", metadata: ["dataset": "\(table.dataset)", "file": "\(label)", "problems": "\(parsed.diagnostics.count)"])
            return .rejected(parsed.diagnostics)
        }
        let store: any SQLStore
        if let opened { store = opened } else { store = try await openStore() }
        let rows = parsed.rows, notes = parsed.notes, releaseName = release ?? parsed.release, file = url.lastPathComponent
        let vintage: ImportVintage
        do {
            vintage = try await store.transaction { session in
                let vintage = try await ImportLedger.record(
                    in: session, dataset: table.dataset, sourceFile: file, sha256: sha, publisher: table.publisher,
                    release: releaseName, rowCount: rows.count)
                let id = SQLValue.integer(vintage.id)
                try await session.insert(into: table.table, columns: ["vintage_id"] + table.columns, rows: rows.map { [id] + $0 })
                try await ImportLedger.record(notes: notes, for: vintage.id, in: session)
                return vintage
            }
        } catch {
            // The same file imported at the same moment by another process: it is in, once.
            if let existing = try? await ImportLedger(store: store).vintage(dataset: table.dataset, sha256: sha) { return .alreadyImported(existing) }
            throw error
        }
        logger.info("imported", metadata: ["dataset": "\(table.dataset)", "file": "\(file)", "rows": "\(rows.count)", "vintage": "\(vintage.id)"])
        return .imported(vintage, summary: (["\(parsed.rows.count) rows"] + parsed.facts).joined(separator: ", "), notes: parsed.notes)
    }

    /// A logger that discards everything, for callers with nothing to log to.
    public static let silent = Logger(label: "smp.import", factory: { _ in SwiftLogNoOpLogHandler() })
}
