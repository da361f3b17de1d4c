import Foundation

/// Folds place names for matching across publishers: case, `&`/`and`, punctuation and spacing.
/// `"Bristol, City of"` and `"City of Bristol"` are not folded together: callers that need that
/// keep an alias list.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        var text = name.lowercased()
        text = text.replacingOccurrences(of: "&", with: " and ")
        let kept = text.unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : " "
        }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}
