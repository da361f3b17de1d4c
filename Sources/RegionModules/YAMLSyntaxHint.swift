import Foundation

/// A suggestion for a YAML syntax error, where the cause is a common one (an unquoted `: `, a tab,
/// an unclosed bracket or quote, uneven indentation): what a person editing a region file needs
/// rather than the parser's own words alone.
enum YAMLSyntaxHint {
    /// `problem` is the parser's message, `lines` the file, `line` 1-based.
    static func hint(problem: String, lines: [Substring], line: Int) -> String? {
        let text = line >= 1 && line <= lines.count ? String(lines[line - 1]) : ""
        if text.contains("\t") || problem.contains("tab") {
            return "YAML indents with spaces only: replace the tab on this line with spaces"
        }
        if problem.contains("mapping values are not allowed") {
            if let colon = text.range(of: ": ") {
                let key = text[..<colon.lowerBound], value = text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
                if value.contains(": ") && !value.hasPrefix("\"") && !value.hasPrefix("'") {
                    let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    return "a value that contains ': ' must be quoted: \(key.trimmingCharacters(in: .whitespaces)): \"\(escaped)\""
                }
            }
            return "a value that contains ': ' must be quoted, and a key needs a line of its own"
        }
        if problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'") {
            return "a value starting with '[' or '{' is read as a list or mapping: close it, or quote the whole value"
        }
        if problem.contains("found unexpected end of stream") || problem.contains("found unknown escape character") {
            let unclosed = lines.firstIndex { $0.filter { $0 == "\"" }.count % 2 == 1 }
            return "a quoted value is not closed" + (unclosed.map { " (line \($0 + 1) opens a \" it does not close)" } ?? "")
                + "; close the quote, or use single quotes around a value that contains \""
        }
        if problem.contains("cannot start any token") {
            return "a value starting with @, ` or % must be quoted"
        }
        if problem.contains("did not find expected key") || problem.contains("could not find expected ':'") {
            return "check the indentation of this line against the lines above it: keys at the same level line up, and each needs 'key: value'"
        }
        if problem.contains("found undefined alias") || problem.contains("found character that cannot start") {
            return "a value starting with * or & must be quoted"
        }
        return nil
    }
}
