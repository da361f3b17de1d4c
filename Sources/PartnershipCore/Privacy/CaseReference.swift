import Foundation

/// A pseudonymous case reference (a Home Office or UNHCR case id, or a partnership's own), the
/// only way a referred household is identified: names are never stored.
public struct CaseReference: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Nil with the reason when the text is not a usable reference; in particular anything that
    /// looks like a person's name is refused.
    public static func parse(_ text: String) -> Result<CaseReference, CaseReferenceProblem> {
        let value = text.trimmingWhitespace
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
        if Self.hasDateShape(value) { return .failure(.looksLikeDate(value)) }
        if Self.nameLikeWords(value) >= 2 { return .failure(.looksLikeName(value)) }
        if !hasDigit || value.count < 3 || value.count > 40 { return .failure(.notPseudonymous(value)) }
        return .success(CaseReference(rawValue: value))
    }

    /// A date inside a reference (`1985-03-12`, `12/03/1985`, `12.3.85`) may be a date of birth.
    static func hasDateShape(_ value: String) -> Bool {
        let patterns = [#"(19|20)\d\d[-/._]\d{1,2}[-/._]\d{1,2}"#, #"\d{1,2}[-/._]\d{1,2}[-/._]((19|20)\d\d|\d\d)(\D|$)"#]
        return patterns.contains { value.range(of: $0, options: .regularExpression) != nil }
    }

    /// Words shaped like a name (a capital then two or more small letters: `Ahmed`, `Ali`), which
    /// no case id has; two of them (`Ahmed-Ali-1985`) are refused.
    static func nameLikeWords(_ value: String) -> Int {
        value.split(whereSeparator: { !$0.isLetter }).filter(NameShape.isNameLike).count
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
    case looksLikeDate(String)

    public var description: String {
        switch self {
        case .empty: "no case reference"
        case .looksLikeName: "looks like a person's name: use the pseudonymous case reference (e.g. the Home Office case id), never a name"
        case .badCharacters(let value): "'\(value)' has characters other than letters, digits and - _ / . (no spaces)"
        case .notPseudonymous(let value): "'\(value)' is not a case reference: 3-40 characters with at least one digit"
        case .looksLikeDate:
            "holds something shaped like a date (perhaps a date of birth): use the pseudonymous case reference, never personal details"
        }
    }
}
