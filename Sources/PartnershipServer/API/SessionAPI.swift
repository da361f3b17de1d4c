import Foundation
import Hummingbird
import PartnershipCore
import PartnershipStore

/// Signing in and out. One check serves the form and the API: the throttle first, then the
/// bcrypt comparison, with the same answer for an unknown name and a wrong password.
enum SessionAPI {
    struct Credentials: Decodable {
        let username: String
        let password: String
        let next: String?
    }

    struct Token: Encodable {
        let token: String
        let expiresAt: String
        let username: String
        let role: String
        let region: String?
        let programme: String?
    }

    struct Me: Encodable {
        let username: String
        let role: String
        let region: String?
        let programme: String?
        let expiresAt: String
    }

    /// The user these credentials sign in, or the refusal (401, or 429 while throttled).
    static func authenticate(_ credentials: Credentials, _ input: RouteRequest) async throws -> AppUser {
        let environment = input.environment
        let address = input.context.remoteAddress?.ipAddress ?? "unknown"
        let name = credentials.username.lowercased()
        if let wait = await environment.throttle.wait(name: name, address: address) {
            throw ServerError(.tooManyRequests, "too many failed sign-ins: try again in \(wait / 60 + 1) minute(s)")
        }
        let stored = try await environment.users.passwordHash(of: name)
        guard let stored, environment.passwords.verify(credentials.password, hash: stored.hash) else {
            await environment.throttle.failed(name: name, address: address)
            throw ServerError(.unauthorized, "the username or password is not right (or the account is disabled)")
        }
        await environment.throttle.succeeded(name: name)
        return stored.user
    }

    static func signIn(_ input: RouteRequest) async throws -> Response {
        let credentials = try await input.decode(Credentials.self)
        let user = try await authenticate(credentials, input)
        let opened = try await input.environment.sessions.open(for: user.username)
        return try Responses.json(
            Token(
                token: opened.token, expiresAt: opened.expiresAt, username: user.username, role: user.role.kind, region: user.role.region,
                programme: user.role.programme?.rawValue))
    }

    static func signOut(_ input: RouteRequest) async throws -> Response {
        if let token = input.token { try await input.environment.sessions.revoke(token) }
        return Response(status: .noContent)
    }

    static func me(_ input: RouteRequest) async throws -> Response {
        let session = input.session!
        return try Responses.json(
            Me(
                username: session.user.username, role: session.user.role.kind, region: session.user.role.region,
                programme: session.user.role.programme?.rawValue, expiresAt: session.expiresAt))
    }
}
