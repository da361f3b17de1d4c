import Crypto
import Foundation
import PartnershipCore

/// One entry of the append-only audit log: who changed what, for which region, from what to what,
/// from when, and why. Each entry carries the hash of the one before it, so a changed or removed
/// past entry breaks the chain (`AuditLog.verify`).
public struct AuditEntry: Sendable, Hashable, Codable {
    /// What is being recorded, before it has a place in the chain.
    public struct Draft: Sendable, Hashable {
        public let kind: String
        public let region: String
        public let subject: String
        public let before: String
        public let after: String
        public let effectiveFrom: String
        public let by: String
        public let reason: String

        public init(kind: String, region: String, subject: String, before: String, after: String, effectiveFrom: String, by: String, reason: String) {
            self.kind = kind
            self.region = region
            self.subject = subject
            self.before = before
            self.after = after
            self.effectiveFrom = effectiveFrom
            self.by = by
            self.reason = reason
        }
    }

    public let id: Int64
    public let recordedAt: String
    public let draft: Draft
    public let previousHash: String
    public let hash: String

    public var kind: String { draft.kind }
    public var region: String { draft.region }
    public var subject: String { draft.subject }

    /// The hash of an entry's content and its predecessor's hash (SHA-256, hex).
    public static func hash(id: Int64, recordedAt: String, draft: Draft, previousHash: String) -> String {
        let fields = [
            String(id), recordedAt, draft.kind, draft.region, draft.subject, draft.before, draft.after, draft.effectiveFrom, draft.by, draft.reason,
            previousHash,
        ]
        // Length-prefixed so no two different entries serialise alike.
        let canonical = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return SHA256.hash(data: Data(canonical.utf8)).hexadecimal
    }

    /// The hash the first entry chains from.
    public static let genesis = String(repeating: "0", count: 64)
}

extension AuditEntry.Draft: Codable {}
