import Foundation
import PartnershipCore

/// A person who may sign in: a login name, a role, and whether the account is disabled.
public struct AppUser: Sendable, Hashable {
    public let username: String
    public let role: Role
    public let disabled: Bool
    public let createdAt: String
}

/// The users of a store. Passwords arrive already hashed (bcrypt, by the server layer); every
/// change is written to the audit log with who made it.
public struct UserDirectory: Sendable {
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// Why a change to the users cannot be made, in words an administrator can act on.
    public struct Refusal: Error, Sendable, CustomStringConvertible, Equatable {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// Login names: 3-40 lower-case letters, digits, `.`, `-` and `_` (a staff login, not a name).
    public static func check(username: String) -> Refusal? {
        let allowed = username.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0) }
        guard allowed, (3...40).contains(username.count) else {
            return Refusal("'\(username)' is not a login name: 3-40 lower-case letters, digits and . - _")
        }
        return nil
    }

    public func add(_ username: String, role: Role, passwordHash: String, by: String) async throws {
        if let refusal = Self.check(username: username) { throw refusal }
        try await store.transaction { session in
            guard try await session.query("SELECT username FROM app_user WHERE username = \(bind: .text(username))").isEmpty else {
                throw Refusal("user \(username) already exists; use reset-password or disable")
            }
            try await session.insert(
                into: "app_user", columns: ["username", "role", "region", "programme", "password_hash", "disabled", "created_at"],
                rows: [
                    [
                        .text(username), .text(role.kind), SQLValue(role.region), SQLValue(role.programme?.rawValue), .text(passwordHash),
                        .integer(0),
                        .text(Self.now()),
                    ]
                ])
            try await Self.audit("user-added", username, before: "", after: role.kind + (role.region.map { " \($0)" } ?? ""), by: by, in: session)
        }
    }

    public func all() async throws -> [AppUser] {
        try await store.rows("SELECT * FROM app_user ORDER BY username").map(Self.user)
    }

    public func user(_ username: String) async throws -> AppUser? {
        try await store.rows("SELECT * FROM app_user WHERE username = \(bind: .text(username))").first.map(Self.user)
    }

    /// The stored hash of an enabled user's password, for sign-in.
    public func passwordHash(of username: String) async throws -> (user: AppUser, hash: String)? {
        guard let row = try await store.rows("SELECT * FROM app_user WHERE username = \(bind: .text(username))").first else { return nil }
        let user = try Self.user(row)
        return user.disabled ? nil : (user, try row.string("password_hash"))
    }

    /// Disables a user and revokes every session they hold.
    public func disable(_ username: String, by: String) async throws {
        try await change(username, kind: "user-disabled", set: "disabled = 1", by: by)
    }

    /// Replaces a user's password hash and revokes every session they hold.
    public func resetPassword(_ username: String, hash: String, by: String) async throws {
        try await change(username, kind: "user-password-reset", set: "password_hash = \(bind: .text(hash))", by: by)
    }

    private func change(_ username: String, kind: String, set: SQLStatement, by: String) async throws {
        try await store.transaction { session in
            guard try await !session.query("SELECT username FROM app_user WHERE username = \(bind: .text(username))").isEmpty else {
                throw Refusal("no user \(username); `smp user list` shows them")
            }
            var update: SQLStatement = "UPDATE app_user SET "
            update.append(set)
            update.append("WHERE username = \(bind: .text(username))")
            try await session.execute(update)
            try await session.execute(
                "UPDATE app_session SET revoked_at = \(bind: .text(Self.now())) WHERE username = \(bind: .text(username)) AND revoked_at IS NULL")
            try await Self.audit(kind, username, before: "", after: kind.replacingOccurrences(of: "user-", with: ""), by: by, in: session)
        }
    }

    private static func audit(_ kind: String, _ username: String, before: String, after: String, by: String, in session: any SQLSession) async throws
    {
        try await AuditLog.append(
            AuditEntry.Draft(
                kind: kind, region: "national", subject: username, before: before, after: after, effectiveFrom: String(now().prefix(10)), by: by,
                reason: "user administration"),
            in: session)
    }

    static func user(_ row: SQLRow) throws -> AppUser {
        let kind = try row.string("role")
        switch Role.make(kind: kind, region: try row.optionalString("region"), programme: try row.optionalString("programme")) {
        case .success(let role):
            return AppUser(
                username: try row.string("username"), role: role, disabled: try row.int("disabled") != 0, createdAt: try row.string("created_at"))
        case .failure(let problem):
            throw StoreError.badColumn(table: "app_user", column: "role", reason: problem.description)
        }
    }

    /// A moment as stored: ISO 8601 in UTC, to the second (text order is time order).
    public static func now(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
