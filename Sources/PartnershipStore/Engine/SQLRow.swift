/// One result row, read by column name. Both adapters fill it the same way, so query code never
/// knows which engine answered.
public struct SQLRow: Sendable, Hashable {
    public let columns: [String]
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    public subscript(_ column: String) -> SQLValue {
        guard let index = columns.firstIndex(of: column) else { return .null }
        return values[index]
    }

    public subscript(_ index: Int) -> SQLValue { values[index] }

    public func int(_ column: String) -> Int { self[column].int ?? 0 }
    public func string(_ column: String) -> String { self[column].string ?? "" }
}
