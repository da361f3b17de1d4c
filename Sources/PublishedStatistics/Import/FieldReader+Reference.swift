import PartnershipCore

extension FieldReader {
    /// A pseudonymous reference: a name or a bad character is reported on this row.
    public mutating func reference(_ csv: inout CheckedCSV, _ column: String) -> CaseReference? {
        switch CaseReference.parse(text(csv, column)) {
        case .success(let reference): return reference
        case .failure(let problem):
            fail(&csv, column, problem.description)
            return nil
        }
    }

    /// A pseudonymous reference that must be unique in the file; a repeat names the line it first appeared on.
    public mutating func reference(_ csv: inout CheckedCSV, _ column: String, seen: inout [String: Int]) -> CaseReference? {
        let value = text(csv, column)
        if let first = seen[value] { fail(&csv, column, "\(value) is already on line \(first)") }
        seen[value] = row.line
        return reference(&csv, column)
    }

    /// The optional `source` column (the file's name when it is empty), refused when it holds a
    /// date of birth, an age or a name.
    public mutating func source(_ csv: inout CheckedCSV, file: String) -> String {
        guard let value = optional(csv, "source") else { return file }
        if let problem = SourceText.problem(inSource: value) { fail(&csv, "source", problem) }
        return value
    }
}
