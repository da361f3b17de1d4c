import Foundation

/// The record of every imported release (`import_vintage`): what file, which bytes, from whom,
/// how many rows. Importers ask it whether a file is already in, and add a vintage in the same
/// transaction as the rows, so the ledger and the data never disagree.
public struct ImportLedger: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// The vintage already holding these exact bytes of `dataset`, if any.
    public func vintage(dataset: String, sha256: String) throws -> ImportVintage? {
        try store.read { session in
            try session.query("SELECT * FROM import_vintage WHERE dataset = ? AND sha256 = ?", [.text(dataset), .text(sha256)])
                .first.map(ImportVintage.init(row:))
        }
    }

    /// Every vintage of `dataset`, oldest first.
    public func vintages(dataset: String) throws -> [ImportVintage] {
        try store.read { session in
            try session.query("SELECT * FROM import_vintage WHERE dataset = ? ORDER BY id", [.text(dataset)]).map(ImportVintage.init(row:))
        }
    }

    /// Every vintage of every dataset, oldest first.
    public func all() throws -> [ImportVintage] {
        try store.read { try $0.query("SELECT * FROM import_vintage ORDER BY id").map(ImportVintage.init(row:)) }
    }

    /// The newest vintage id of `dataset`, which queries use unless told otherwise.
    public func latestID(dataset: String) throws -> Int64? {
        try store.read { session in
            try session.scalar("SELECT max(id) FROM import_vintage WHERE dataset = ?", [.text(dataset)]).flatMap { $0.int.map(Int64.init) }
        }
    }

    /// Adds a vintage inside the caller's transaction and returns it with its new id.
    public static func record(
        in session: any SQLSession, dataset: String, sourceFile: String, sha256: String, publisher: String, release: String, rowCount: Int
    ) throws -> ImportVintage {
        let rows = try session.query(
            "INSERT INTO import_vintage (dataset, source_file, sha256, publisher, release, row_count, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *",
            [.text(dataset), .text(sourceFile), .text(sha256), .text(publisher), .text(release), SQLValue(rowCount),
             .text(ISO8601DateFormatter().string(from: Date()))])
        return ImportVintage(row: rows[0])
    }
}
