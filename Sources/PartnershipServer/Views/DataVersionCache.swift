import NIOCore
import PartnershipStore

/// Rendered answers kept per data version. The version is the store's change token where it has
/// one (SQLite: any commit by any process changes it, read without a query), otherwise the newest
/// import and audit entry (every switch, plan update and user change is one), read by a query. An
/// import or a switch moves the version, so a cached answer is never stale.
public actor DataVersionCache {
    private var entries: [String: (version: String, value: ByteBuffer)] = [:]

    public init() {}

    /// The store's current data version.
    public static func version(of store: any SQLStore) async throws -> String {
        if let token = store.changeToken() { return "file-" + token }
        let row = try await store.rows(
            "SELECT (SELECT MAX(id) FROM import_vintage) AS vintage, (SELECT MAX(id) FROM audit_log) AS audit, (SELECT COUNT(*) FROM import_vintage) AS releases"
        ).first
        return "\(row?["vintage"].int ?? 0)-\(row?["audit"].int ?? 0)-\(row?["releases"].int ?? 0)"
    }

    /// The cached body for `key` at `version`, or `make()`'s, kept for next time.
    public func value(_ key: String, version: String, make: @Sendable () async throws -> String) async throws -> ByteBuffer {
        if let entry = entries[key], entry.version == version { return entry.value }
        let value = ByteBuffer(string: try await make())
        entries[key] = (version, value)
        return value
    }
}
