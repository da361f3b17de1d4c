import PartnershipCore
import PartnershipStore

/// A published file checked and its rows handed to a `RowSink`, or the list of everything wrong
/// with it. Nothing is written until a file parses with no errors.
public struct ParsedTable: Sendable {
    /// Rows checked and handed to the sink.
    public var rowCount = 0
    public var diagnostics: [Diagnostic] = []
    /// Release name recorded in the ledger when the user gives none (e.g. "Asy_D11 to 2024-09-30").
    public var release = ""
    /// Facts for the one-line summary, e.g. "312 LAs matched", "43 quarters".
    public var facts: [String] = []
    /// Rows (or names) that could not be placed in an LA, each explained; shown after an import.
    public var notes: [String] = []

    public init() {}
}
