import Crypto
import Foundation
import PartnershipCore
import PartnershipStore

/// Imports one published file as a new vintage, all or nothing: the file is read and every row
/// checked before the store is touched, then the ledger entry and the rows are written in one
/// transaction. The identical file imported again is a no-op.
public struct TableImporter: Sendable {
    private let openStore: @Sendable () throws -> any SQLStore
    private let storeIsNew: Bool

    public init(store: any SQLStore) {
        openStore = { store }
        storeIsNew = false
    }

    /// Opens the store only when there is something to write or look up: a rejected file leaves
    /// a database that does not exist yet uncreated (`storeIsNew`: nothing can be imported there).
    public init(storeIsNew: Bool, opening: @escaping @Sendable () throws -> any SQLStore) {
        openStore = opening
        self.storeIsNew = storeIsNew
    }

    /// SHA-256 of the file's bytes, hex: the identity of a release in the ledger.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    public func importFile(
        _ url: URL, as table: any PublishedTable, release: String? = nil, progress: @escaping (Double) -> Void = { _ in }
    ) throws -> ImportOutcome {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            return .rejected([Diagnostic(.error, file: url.path, message: "cannot read the file: \(error.localizedDescription)")])
        }
        let sha = Self.sha256(data)
        var opened: (any SQLStore)?
        if !storeIsNew {
            let store = try openStore()
            if let existing = try ImportLedger(store: store).vintage(dataset: table.dataset, sha256: sha) {
                return .alreadyImported(existing)
            }
            opened = store
        }
        let parsed = table.parse(String(decoding: data, as: UTF8.self), file: url.lastPathComponent, progress: progress)
        guard parsed.diagnostics.isEmpty else { return .rejected(parsed.diagnostics) }
        let store = try opened ?? openStore()
        let vintage = try store.transaction { session in
            let vintage = try ImportLedger.record(
                in: session, dataset: table.dataset, sourceFile: url.lastPathComponent, sha256: sha, publisher: table.publisher,
                release: release ?? parsed.release, rowCount: parsed.rows.count)
            let id = SQLValue.integer(vintage.id)
            try session.insert(into: table.table, columns: ["vintage_id"] + table.columns, rows: parsed.rows.map { [id] + $0 })
            return vintage
        }
        return .imported(vintage, summary: ([ "\(parsed.rows.count) rows"] + parsed.facts).joined(separator: ", "), notes: parsed.notes)
    }
}
