import PartnershipStore

/// Which Asy_D11 rows a count takes, as the store filters them: support types, each in some
/// accommodation types (by their published names) or in all of them. A programme's count basis
/// becomes one of these, so the sum is done where the rows are.
public struct AsylumSupportSelection: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        public let support: AsylumSupportType
        /// Published accommodation type names; nil = every type.
        public let accommodation: [String]?

        public init(support: AsylumSupportType, accommodation: [String]?) {
            self.support = support
            self.accommodation = accommodation
        }
    }

    public let terms: [Term]

    public init(_ terms: [Term]) { self.terms = terms }

    /// The rows' condition in SQL (false when there are no terms).
    var condition: SQLStatement {
        .anyOf(
            terms.map { term in
                guard let kinds = term.accommodation else { return "support_type = \(bind: .text(term.support.rawValue))" }
                guard !kinds.isEmpty else { return "1 = 0" }
                return "(support_type = \(bind: .text(term.support.rawValue)) AND accommodation_type IN (\(list: kinds.map { .text($0) })))"
            })
    }
}
