import Foundation

/// A pseudonymous case reference (a Home Office or UNHCR case id, or a partnership's own), the
/// only way a referred household is identified: names are never stored.
public struct CaseReference: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Nil with the reason when the text is not a usable reference; in particular anything that
    /// looks like a person's name is refused.
    public static func parse(_ text: String) -> Result<CaseReference, CaseReferenceProblem> {
        let value = text.trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return .failure(.empty) }
        let allowed = value.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_/.".unicodeScalars.contains($0)
        }
        let hasDigit = value.unicodeScalars.contains { ("0"..."9").contains($0) }
        if !hasDigit
            && value.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) || " '-.".unicodeScalars.contains($0) })
        {
            return .failure(.looksLikeName(value))
        }
        if !allowed { return .failure(.badCharacters(value)) }
        if !hasDigit || value.count < 3 || value.count > 40 { return .failure(.notPseudonymous(value)) }
        return .success(CaseReference(rawValue: value))
    }

    private init(rawValue: String) { self.rawValue = rawValue }

    /// For values read back from the store, which were checked when they went in.
    public init(stored: String) { rawValue = stored }

    public var description: String { rawValue }
    public static func < (lhs: CaseReference, rhs: CaseReference) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Why a case reference was refused, in words the person importing can act on.
public enum CaseReferenceProblem: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case looksLikeName(String)
    case badCharacters(String)
    case notPseudonymous(String)

    public var description: String {
        switch self {
        case .empty: "no case reference"
        case .looksLikeName: "looks like a person's name: use the pseudonymous case reference (e.g. the Home Office case id), never a name"
        case .badCharacters(let value): "'\(value)' has characters other than letters, digits and - _ / . (no spaces)"
        case .notPseudonymous(let value): "'\(value)' is not a case reference: 3-40 characters with at least one digit"
        }
    }
}
