import Foundation
import Logging
import PartnershipCore
import PartnershipStore

/// Imports one published file as a new vintage, all or nothing, in one pass: the ledger entry
/// and the rows are written in one transaction while the file is read and checked, and any
/// problem rolls it all back. The identical file imported again is a no-op. Memory stays bounded
/// whatever the file's size (see `StreamingInsert`).
public struct TableImporter: Sendable {
    private let openStore: @Sendable () async throws -> any SQLStore
    private let discardNewStore: @Sendable () -> Void
    private let storeIsNew: Bool
    /// Whether this importer opens the store itself, and so ends a bulk load it was opened for.
    private let opensStore: Bool
    private let logger: Logger

    /// Imports into `store`; `logger` (the caller's) hears each outcome. Without one, nothing is logged.
    public init(store: any SQLStore, logger: Logger = TableImporter.silent) {
        openStore = { store }
        discardNewStore = {}
        storeIsNew = false
        opensStore = false
        self.logger = logger
    }

    /// Opens the store only when there is something to write or look up (`storeIsNew`: nothing can
    /// be imported there yet); a rejected file leaves a database that did not exist uncreated
    /// (`discard` removes what opening created). `opening` may open it for a bulk load
    /// (`StoreOpener.open(…, forBulkLoad: true)`): the import finishes the load once committed.
    public init(
        storeIsNew: Bool, logger: Logger = TableImporter.silent, discard: @escaping @Sendable () -> Void = {},
        opening: @escaping @Sendable () async throws -> any SQLStore
    ) {
        openStore = opening
        discardNewStore = discard
        self.storeIsNew = storeIsNew
        opensStore = true
        self.logger = logger
    }

    /// SHA-256 of the file's bytes, hex: the identity of a release in the ledger.
    public static func sha256(_ data: Data) -> String { PublishedFile.sha256(data) }

    /// Imports `url` as `table` (a CSV file, or a workbook with that table's header on a sheet).
    public func importFile(
        _ url: URL, as table: any PublishedTable, release: String? = nil, progress: @escaping (Double) -> Void = { _ in }
    ) async throws -> ImportOutcome {
        try await importFile(url, asOneOf: [table], kind: "a \(table.dataset) table", release: release, progress: progress)
    }

    /// The file's problems, thrown out of the transaction so it rolls back.
    private struct Rejected: Error { let diagnostics: [Diagnostic] }

    /// Imports `url` as whichever of `tables` its header row is (`kind` names them in a refusal).
    public func importFile(
        _ url: URL, asOneOf tables: [any PublishedTable], kind: String, release: String? = nil, progress: @escaping (Double) -> Void = { _ in }
    ) async throws -> ImportOutcome {
        // The ONS lists the checks read (about 4 ms) load on a thread of their own while the file is
        // hashed and the store opened (a new store's schema), and are waited for below.
        LocalAuthorityDirectory.loadInBackground()
        // A path that is not a readable file opens nothing; else the store opens while the file is hashed.
        if case .failure(let problem) = InputFile.check(url, limit: InputFile.publishedLimit) { return .rejected([problem]) }
        let opening = Task { try await openStore() }
        let source: PublishedFile
        switch PublishedFile.read(url, as: tables, kind: kind) {
        case .failure(let problem):
            _ = try? await opening.value
            if storeIsNew { discardNewStore() }
            return .rejected([problem])
        case .success(let read): source = read
        }
        let table = source.table, label = source.label, sha = source.sha256, file = url.lastPathComponent
        // The rows' checks start now, beside the store's opening; they stop reading if the rows
        // are not wanted after all (already imported, or the store failed).
        let rows = StreamingInsert(table, input: source.input, label: label, progress: progress)
        defer { rows.stop() }
        let store = try await opening.value
        if !storeIsNew, let existing = try await ImportLedger(store: store).vintage(dataset: table.dataset, sha256: sha) {
            return .alreadyImported(existing)
        }
        // The ONS lists are loaded (or waited for) before the write lock is taken.
        _ = LocalAuthorityDirectory.bundled
        let written: (vintage: ImportVintage, parsed: ParsedTable)
        do {
            // In a PostgreSQL store's first import (nobody has anything to read yet) the table's keys
            // are checked once the rows are in, as its indexes are built then (`StreamingInsert`).
            let first = store.dialect == .postgres ? try await ImportLedger(store: store).all().isEmpty : false
            written = try await store.transaction { session in
                if first { try await ImportLedger.lockAgainstWriters(in: session) }
                let provisional = try await ImportLedger.record(
                    in: session, dataset: table.dataset, sourceFile: file, sha256: sha, publisher: table.publisher, release: release ?? "",
                    rowCount: 0)
                var parsed = try await rows.insert(into: session, leading: [.integer(provisional.id)], deferringKeys: first)
                if parsed.diagnostics.isEmpty && parsed.rowCount == 0 {
                    var ignored: [Diagnostic] = []
                    let headerLine = CheckedCSV(source.input, file: label, required: [], problems: &ignored)?.headerLine ?? 1
                    parsed.diagnostics.append(
                        Diagnostic(
                            .error, file: label, line: headerLine + 1,
                            message: "has a header but no data rows: a release with no figures is not imported"))
                }
                guard parsed.diagnostics.isEmpty else { throw Rejected(diagnostics: parsed.diagnostics) }
                let vintage = try await ImportLedger.complete(
                    provisional.id, release: release ?? parsed.release, rowCount: parsed.rowCount, in: session)
                try await ImportLedger.record(notes: parsed.notes, for: vintage.id, in: session)
                return (vintage, parsed)
            }
        } catch let rejected as Rejected {
            if storeIsNew { discardNewStore() }
            logger.notice(
                "rejected", metadata: ["dataset": "\(table.dataset)", "file": "\(label)", "problems": "\(rejected.diagnostics.count)"])
            return .rejected(rejected.diagnostics)
        } catch {
            // The same file imported at the same moment by another process: it is in, once.
            if let existing = try? await ImportLedger(store: store).vintage(dataset: table.dataset, sha256: sha) { return .alreadyImported(existing) }
            throw error
        }
        let (vintage, parsed) = written
        if opensStore { try await store.finishBulkLoad() }
        logger.info(
            "imported", metadata: ["dataset": "\(table.dataset)", "file": "\(file)", "rows": "\(parsed.rowCount)", "vintage": "\(vintage.id)"])
        return .imported(vintage, summary: (["\(parsed.rowCount) rows"] + parsed.facts).joined(separator: ", "), notes: parsed.notes)
    }

    /// A logger that discards everything, for callers with nothing to log to.
    public static let silent = Logger(label: "smp.import", factory: { _ in SwiftLogNoOpLogHandler() })
}
