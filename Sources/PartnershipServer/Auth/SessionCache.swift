import Foundation
import PartnershipStore

/// Sessions already checked, kept while the store has not changed. Any commit (a sign-out, a
/// disabled user, a reset password, from this server or the CLI) moves the store's change token
/// and empties the cache; expiry is checked on every use. Stores without a change token are asked
/// every time.
actor SessionCache {
    private var token = ""
    private var sessions: [String: (session: AppSession, expires: Date)] = [:]
    private let parser = ISO8601DateFormatter()

    func session(for key: String, store: any SQLStore, lookup: @Sendable () async throws -> AppSession?) async throws -> AppSession? {
        guard let current = store.changeToken() else { return try await lookup() }
        if current != token {
            sessions = [:]
            token = current
        }
        if let known = sessions[key], known.expires > Date() { return known.session }
        let found = try await lookup()
        // Kept only if nothing was committed while it was looked up.
        if let found, let expires = parser.date(from: found.expiresAt), store.changeToken() == current { sessions[key] = (found, expires) }
        return found
    }
}
