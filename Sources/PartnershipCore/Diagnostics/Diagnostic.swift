/// One problem found in input a person supplied (a region module, an import file): where it is,
/// which field, what is wrong, and what to do where that is obvious.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    public let severity: Severity
    public let file: String
    /// Line in the file (YAML), or the file line of a CSV row.
    public let line: Int?
    /// Data row of a CSV file (1 = first row after the header).
    public let row: Int?
    public let field: String?
    public let message: String
    public let suggestion: String?

    public init(
        _ severity: Severity, file: String, line: Int? = nil, row: Int? = nil, field: String? = nil, message: String, suggestion: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.row = row
        self.field = field
        self.message = message
        self.suggestion = suggestion
    }

    /// `file:line: error: [row N] field: message (did you mean ...?)`, the shape editors and CI recognise.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": \(severity.rawValue): "
        if let row { text += "row \(row), " }
        if let field { text += "\(field): " }
        text += message
        if let suggestion { text += " (\(suggestion))" }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
