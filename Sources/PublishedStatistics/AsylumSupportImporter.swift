import Crypto
import Foundation
import GRDB
import PartnershipCore
import PartnershipStore

/// `smp import asylum-support FILE`: Home Office Asy_D11 into the store as a new vintage, in one
/// transaction. A bad file changes nothing; the identical file imported twice is a no-op.
public struct AsylumSupportImporter: Sendable {
    public static let dataset = "asylum-support"
    public let store: StoreDatabase

    public init(store: StoreDatabase) { self.store = store }

    public func importFile(_ url: URL, release: String? = nil) throws -> ImportOutcome {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            return .rejected([Diagnostic(.error, file: url.path, message: "cannot read the file: \(error.localizedDescription)")])
        }
        let sha = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        if let existing = try store.writer.read({ db in
            try Row.fetchOne(db, sql: "SELECT * FROM import_vintage WHERE dataset = ? AND sha256 = ?", arguments: [Self.dataset, sha])
        }) {
            return .alreadyImported(Self.vintage(existing))
        }
        let parsed = AsylumSupportParser().parse(String(decoding: data, as: UTF8.self), file: url.lastPathComponent)
        guard parsed.diagnostics.isEmpty else { return .rejected(parsed.diagnostics) }
        let releaseName = release ?? "Asy_D11 to \(parsed.records.map(\.snapshot).max()?.description ?? "?")"
        let vintage = try store.writer.write { db -> ImportVintage in
            try db.execute(
                sql: "INSERT INTO import_vintage (dataset, source_file, sha256, publisher, release, row_count, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [Self.dataset, url.lastPathComponent, sha, "Home Office", releaseName, parsed.records.count, ISO8601DateFormatter().string(from: Date())])
            let id = db.lastInsertedRowID
            let statement = try db.makeStatement(sql: """
                INSERT INTO asylum_support (vintage_id, snapshot, la_code, la_name, region, support_type, accommodation_type, people)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for record in parsed.records {
                try statement.execute(arguments: [
                    id, record.snapshot.description, record.laCode?.rawValue, record.laName, record.region,
                    record.supportType.rawValue, record.accommodationType, record.people,
                ])
            }
            return Self.vintage(try Row.fetchOne(db, sql: "SELECT * FROM import_vintage WHERE id = ?", arguments: [id])!)
        }
        let las = Set(parsed.records.compactMap(\.laCode)).count
        let quarters = Set(parsed.records.map(\.snapshot)).count
        return .imported(vintage, summary: "\(parsed.records.count) rows, \(las) LAs, \(quarters) quarters, \(parsed.remappedRows) rows moved to successor LA codes")
    }

    static func vintage(_ row: Row) -> ImportVintage {
        ImportVintage(id: row["id"], dataset: row["dataset"], sourceFile: row["source_file"], sha256: row["sha256"], publisher: row["publisher"],
                      release: row["release"], rowCount: row["row_count"], importedAt: row["imported_at"])
    }
}
