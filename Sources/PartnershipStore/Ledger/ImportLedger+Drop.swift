import Foundation

extension ImportLedger {
    /// Removes one release, its rows from `tables` and its notes, and writes `audit` in the same
    /// transaction: a wrong release can be withdrawn and the genuine file imported again.
    @discardableResult
    public func drop(_ vintage: ImportVintage, tables: [String], audit: AuditEntry.Draft) async throws -> (rows: Int, entry: AuditEntry) {
        try await store.transaction { session in
            var removed = 0
            for table in tables {
                removed +=
                    try await session.query("SELECT COUNT(*) AS n FROM \(raw: table) WHERE vintage_id = \(bind: .integer(vintage.id))")
                    .first?.int("n") ?? 0
                try await session.execute("DELETE FROM \(raw: table) WHERE vintage_id = \(bind: .integer(vintage.id))")
            }
            try await session.execute("DELETE FROM import_note WHERE vintage_id = \(bind: .integer(vintage.id))")
            try await session.execute("DELETE FROM import_vintage WHERE id = \(bind: .integer(vintage.id))")
            return (removed, try await AuditLog.append(audit, in: session))
        }
    }
}
