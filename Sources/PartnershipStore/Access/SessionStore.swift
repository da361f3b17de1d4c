import Crypto
import Foundation
import PartnershipCore

/// A signed-in session: whose it is, its CSRF token (for forms), and when it ends.
public struct AppSession: Sendable, Hashable {
    public let user: AppUser
    public let csrfToken: String
    public let expiresAt: String
}

/// Sessions for the web (a cookie) and the API (a bearer token): random tokens of which only the
/// SHA-256 is stored. Sessions expire and can be revoked (sign-out, a disabled user, a reset).
public struct SessionStore: Sendable {
    public let store: any SQLStore
    public let lifetime: TimeInterval

    /// Eight hours: a working day.
    public init(store: any SQLStore, lifetime: TimeInterval = 8 * 3_600) {
        self.store = store
        self.lifetime = lifetime
    }

    /// A new session for `username`; the token is returned once and never stored.
    public func open(for username: String, now: Date = Date()) async throws -> (token: String, expiresAt: String) {
        let token = Self.randomToken(), csrf = Self.randomToken()
        let expires = UserDirectory.now(now.addingTimeInterval(lifetime))
        try await store.transaction { session in
            try await session.insert(
                into: "app_session", columns: ["token_hash", "username", "csrf_token", "created_at", "expires_at"],
                rows: [[.text(Self.hash(token)), .text(username), .text(csrf), .text(UserDirectory.now(now)), .text(expires)]])
        }
        return (token, expires)
    }

    /// The live session a token opens: unknown, expired, revoked, or a disabled user's give nil.
    public func session(for token: String, now: Date = Date()) async throws -> AppSession? {
        guard !token.isEmpty, token.count <= 100 else { return nil }
        let rows = try await store.rows(
            """
            SELECT s.csrf_token, s.expires_at, u.* FROM app_session s JOIN app_user u ON u.username = s.username
            WHERE s.token_hash = \(bind: .text(Self.hash(token))) AND s.revoked_at IS NULL AND s.expires_at > \(bind: .text(UserDirectory.now(now)))
            """)
        guard let row = rows.first else { return nil }
        let user = try UserDirectory.user(row)
        guard !user.disabled else { return nil }
        return AppSession(user: user, csrfToken: try row.string("csrf_token"), expiresAt: try row.string("expires_at"))
    }

    /// Ends a session (sign-out).
    public func revoke(_ token: String, now: Date = Date()) async throws {
        try await store.transaction { session in
            try await session.execute(
                "UPDATE app_session SET revoked_at = \(bind: .text(UserDirectory.now(now))) WHERE token_hash = \(bind: .text(Self.hash(token)))")
        }
    }

    static func hash(_ token: String) -> String { SHA256.hash(data: Data(token.utf8)).hexadecimal }

    /// 32 random bytes, URL-safe base64 (a cookie value and a header value as they are).
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
