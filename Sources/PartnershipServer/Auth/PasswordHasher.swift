import HummingbirdBcrypt
import PartnershipStore

/// Passwords are kept only as bcrypt hashes (hummingbird-auth), never a plain digest. The cost is
/// 12 in service; tests use the minimum so they stay fast.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    public init(cost: UInt8 = 12) { self.cost = cost }

    /// The shortest password accepted.
    public static let minimumLength = 12

    public func hash(_ password: String) throws -> String {
        guard password.count >= Self.minimumLength else { throw UserDirectory.Refusal("a password needs at least \(Self.minimumLength) characters") }
        guard password.utf8.count <= 72 else { throw UserDirectory.Refusal("a password may be at most 72 bytes (bcrypt reads no further)") }
        return Bcrypt.hash(password, cost: cost)
    }

    public func verify(_ password: String, hash: String) -> Bool {
        guard password.utf8.count <= 72 else { return false }
        return Bcrypt.verify(password, hash: hash)
    }
}
