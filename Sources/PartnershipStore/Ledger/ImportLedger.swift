import Foundation
import PartnershipCore

/// The record of every imported release (`import_vintage`): what file, which bytes, from whom,
/// how many rows. Importers ask it whether a file is already in, and add a vintage in the same
/// transaction as the rows, so the ledger and the data never disagree.
public struct ImportLedger: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// The vintage already holding these exact bytes of `dataset`, if any.
    public func vintage(dataset: String, sha256: String) async throws -> ImportVintage? {
        try await store.rows("SELECT * FROM import_vintage WHERE dataset = \(bind: .text(dataset)) AND sha256 = \(bind: .text(sha256))")
            .first.map(ImportVintage.init(row:))
    }

    /// Every vintage of `dataset`, oldest first.
    public func vintages(dataset: String) async throws -> [ImportVintage] {
        try await store.rows("SELECT * FROM import_vintage WHERE dataset = \(bind: .text(dataset)) ORDER BY id").map(ImportVintage.init(row:))
    }

    /// Every vintage of every dataset, oldest first.
    public func all() async throws -> [ImportVintage] {
        try await store.rows("SELECT * FROM import_vintage ORDER BY id").map(ImportVintage.init(row:))
    }

    /// The newest vintage id of `dataset`, which queries use unless told otherwise.
    public func latestID(dataset: String) async throws -> Int64? {
        try await store.rows("SELECT max(id) AS id FROM import_vintage WHERE dataset = \(bind: .text(dataset))").first?.optionalInt("id").map(
            Int64.init)
    }

    /// The notes an import made about its file (rows moved to another code, names matched), by vintage.
    public func notes(vintage: Int64? = nil) async throws -> [(vintage: Int64, note: String)] {
        var statement: SQLStatement = "SELECT vintage_id, note FROM import_note WHERE 1 = 1"
        statement.and("vintage_id", equals: vintage.map { SQLValue.integer($0) })
        statement.append("ORDER BY vintage_id, position")
        return try await store.rows(statement).map { (try $0.int64("vintage_id"), try $0.string("note")) }
    }

    /// Keeps an import's notes with its vintage, inside the caller's transaction.
    public static func record(notes: [String], for vintage: Int64, in session: any SQLSession) async throws {
        try await session.insert(
            into: "import_note", columns: ["vintage_id", "position", "note"],
            rows: notes.enumerated().map { [.integer(vintage), SQLValue($0.offset + 1), .text($0.element)] })
    }

    /// The notes table, beside the ledger.
    static let notesMigration = Migration(
        "core.v3.import-notes",
        [
            "CREATE TABLE import_note (vintage_id BIGINT NOT NULL REFERENCES import_vintage(id) ON DELETE CASCADE, position INTEGER NOT NULL, note TEXT NOT NULL)"
        ])

    /// On PostgreSQL, keeps other writers off the ledger until the caller's transaction commits.
    /// Taken first, before the vintage is recorded, by an import that will drop a key referring to
    /// the ledger (see `SQLSession.withIndexesAndKeysDeferred`): two such imports then wait for each
    /// other instead of deadlocking. Nothing to do on SQLite, where a transaction writes alone.
    public static func lockAgainstWriters(in session: any SQLSession) async throws {
        guard session.dialect == .postgres else { return }
        try await session.execute("LOCK TABLE import_vintage IN SHARE ROW EXCLUSIVE MODE")
    }

    /// Adds a vintage inside the caller's transaction and returns it with its new id.
    public static func record(
        in session: any SQLSession, dataset: String, sourceFile: String, sha256: String, publisher: String, release: String, rowCount: Int
    ) async throws -> ImportVintage {
        let rows = try await session.query(
            """
            INSERT INTO import_vintage (dataset, source_file, sha256, publisher, release, row_count, imported_at)
            VALUES (\(bind: .text(dataset)), \(bind: .text(sourceFile)), \(bind: .text(sha256)), \(bind: .text(publisher)), \(bind: .text(release)),
                    \(bind: SQLValue(rowCount)), \(bind: .text(Timestamp.now()))) RETURNING *
            """)
        guard let row = rows.first else { throw StoreError.badColumn(table: "import_vintage", column: "id", reason: "the insert returned no row") }
        return try ImportVintage(row: row)
    }

    /// Sets a vintage's release name and row count once its rows are in (same transaction).
    public static func complete(_ id: Int64, release: String, rowCount: Int, in session: any SQLSession) async throws -> ImportVintage {
        let rows = try await session.query(
            "UPDATE import_vintage SET release = \(bind: .text(release)), row_count = \(bind: SQLValue(rowCount)) WHERE id = \(bind: .integer(id)) RETURNING *"
        )
        guard let row = rows.first else { throw StoreError.badColumn(table: "import_vintage", column: "id", reason: "no vintage \(id) to complete") }
        return try ImportVintage(row: row)
    }
}
