import PartnershipStore

/// Rendered answers kept per data version: the newest import and the newest audit entry (every
/// switch, plan update and user change is one). An import or a switch moves the version, so a
/// cached answer is never stale; a restart starts empty.
public actor DataVersionCache {
    private var entries: [String: (version: String, value: String)] = [:]

    public init() {}

    /// The store's current data version, in one cheap query.
    public static func version(of store: any SQLStore) async throws -> String {
        let row = try await store.rows(
            "SELECT (SELECT MAX(id) FROM import_vintage) AS vintage, (SELECT MAX(id) FROM audit_log) AS audit, (SELECT COUNT(*) FROM import_vintage) AS releases"
        ).first
        return "\(row?["vintage"].int ?? 0)-\(row?["audit"].int ?? 0)-\(row?["releases"].int ?? 0)"
    }

    /// The cached value for `key` at `version`, or `make()`'s, stored for next time.
    public func value(_ key: String, version: String, make: @Sendable () async throws -> String) async throws -> String {
        if let entry = entries[key], entry.version == version { return entry.value }
        let value = try await make()
        entries[key] = (version, value)
        return value
    }
}
