/// Template values a newcomer must replace: `<fill in: what goes here>`.
enum Placeholder {
    static let prefix = "<fill in"

    static func isPlaceholder(_ text: String) -> Bool { text.hasPrefix(prefix) }

    /// The hint inside a placeholder, e.g. "the lead organisation".
    static func hint(_ text: String) -> String {
        let inner = text.dropFirst(prefix.count).drop { $0 == ":" || $0 == " " }
        return String(inner.hasSuffix(">") ? inner.dropLast() : inner)
    }
}
