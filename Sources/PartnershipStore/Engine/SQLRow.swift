import PartnershipCore

/// One result row, read by column name. Both adapters fill it the same way, so query code never
/// knows which engine answered. Reading a column that is missing, NULL where a value is needed or
/// of the wrong kind throws, naming the table and column: a row is never defaulted or dropped.
public struct SQLRow: Sendable, Hashable {
    public let columns: [String]
    public let values: [SQLValue]
    /// The table the row was read from (the statement's first `FROM`), for messages.
    public let table: String

    public init(columns: [String], values: [SQLValue], table: String = "query") {
        self.columns = columns
        self.values = values
        self.table = table
    }

    /// The column's value; `.null` both for NULL and for a column the row lacks (see `value`).
    public subscript(_ column: String) -> SQLValue {
        guard let index = columns.firstIndex(of: column) else { return .null }
        return values[index]
    }

    public subscript(_ index: Int) -> SQLValue { values[index] }

    /// The column's value, or an error when the row has no such column.
    public func value(_ column: String) throws -> SQLValue {
        guard let index = columns.firstIndex(of: column) else {
            throw StoreError.badColumn(table: table, column: column, reason: "no such column in the result")
        }
        return values[index]
    }

    public func int(_ column: String) throws -> Int {
        let value = try value(column)
        guard let int = value.int else { throw bad(column, value, "a whole number") }
        return int
    }

    public func int64(_ column: String) throws -> Int64 {
        let value = try value(column)
        guard case .integer(let int) = value else { throw bad(column, value, "a whole number") }
        return int
    }

    public func double(_ column: String) throws -> Double {
        let value = try value(column)
        guard let double = value.double else { throw bad(column, value, "a number") }
        return double
    }

    public func string(_ column: String) throws -> String {
        let value = try value(column)
        guard let string = value.string else { throw bad(column, value, "text") }
        return string
    }

    /// Text, or nil for NULL (a column the row lacks is still an error).
    public func optionalString(_ column: String) throws -> String? {
        let value = try value(column)
        return value.isNull ? nil : try string(column)
    }

    public func optionalInt(_ column: String) throws -> Int? {
        let value = try value(column)
        return value.isNull ? nil : try int(column)
    }

    public func day(_ column: String) throws -> Day {
        let text = try string(column)
        guard let day = Day(iso: text) else {
            throw StoreError.badColumn(table: table, column: column, reason: "'\(text)' is not a date (YYYY-MM-DD)")
        }
        return day
    }

    public func code(_ column: String) throws -> ONSCode {
        let text = try string(column)
        guard let code = ONSCode(text) else { throw StoreError.badColumn(table: table, column: column, reason: "'\(text)' is not an ONS code") }
        return code
    }

    public func optionalDay(_ column: String) throws -> Day? {
        try optionalString(column).map { _ in try day(column) }
    }

    public func optionalCode(_ column: String) throws -> ONSCode? {
        try optionalString(column).map { _ in try code(column) }
    }

    private func bad(_ column: String, _ value: SQLValue, _ expected: String) -> StoreError {
        StoreError.badColumn(table: table, column: column, reason: value.isNull ? "NULL where \(expected) is needed" : "\(value) is not \(expected)")
    }

    /// The table a statement reads from, for messages: the word after its first `FROM`.
    /// Words are split at spaces, newlines, `(` and `,`; the scan stops at the word after `FROM`
    /// (a statement with hundreds of bound LA codes is not split whole for every query).
    public static func table(of sql: String) -> String {
        let bytes = sql.utf8
        var wordStart: String.Index?
        var afterFrom = false
        var index = bytes.startIndex
        while true {
            let atEnd = index == bytes.endIndex
            if atEnd || isWordSeparator(bytes[index]) {
                if let start = wordStart {
                    if afterFrom { return String(sql[start..<index]) }
                    let word = bytes[start..<index]
                    afterFrom = word.count == 4 && zip(word, "FROM".utf8).allSatisfy { $0 & 0xDF == $1 }
                    wordStart = nil
                }
                if atEnd { return "query" }
            } else if wordStart == nil {
                wordStart = index
            }
            index = bytes.index(after: index)
        }
    }

    private static func isWordSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "("), UInt8(ascii: ","): true
        default: false
        }
    }
}

extension SQLRow {
    /// A column holding one of an enumeration's raw values; any other value is an error naming
    /// the table, the column and the values allowed (never dropped or defaulted).
    public func enumeration<T: RawRepresentable & CaseIterable>(_ column: String) throws -> T where T.RawValue == String {
        try Self.enumeration(try string(column), table: table, column: column)
    }

    /// One raw value (e.g. an item of a `;`-separated list) read back as an enumeration value.
    public static func enumeration<T: RawRepresentable & CaseIterable>(_ text: String, table: String, column: String) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            throw StoreError.badColumn(
                table: table, column: column, reason: "'\(text)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }
}
