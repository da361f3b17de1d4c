import PartnershipCore

/// Collects every problem found while reading a module, so all are reported in one run.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ file: String, line: Int? = nil, row: Int? = nil, field: String? = nil, _ message: String, suggestion: String? = nil) {
        diagnostics.append(Diagnostic(.error, file: file, line: line, row: row, field: field, message: message, suggestion: suggestion))
    }

    func warning(_ file: String, line: Int? = nil, row: Int? = nil, field: String? = nil, _ message: String, suggestion: String? = nil) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, row: row, field: field, message: message, suggestion: suggestion))
    }

    func append(_ more: [Diagnostic]) { diagnostics += more }
}
