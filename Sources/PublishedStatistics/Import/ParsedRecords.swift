import PartnershipCore

/// Records read from a file, or every problem found in it: a file with any problem is not used.
public struct ParsedRecords<Record: Sendable>: Sendable {
    public var records: [Record] = []
    public var diagnostics: [Diagnostic] = []

    public init(records: [Record] = [], diagnostics: [Diagnostic] = []) {
        self.records = records
        self.diagnostics = diagnostics
    }

    /// The records when there were no errors.
    public var accepted: [Record]? { diagnostics.errors.isEmpty ? records : nil }
}
