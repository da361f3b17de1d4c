/// A SQL statement and its bound values, written once with interpolation:
/// `"SELECT * FROM t WHERE a = \(bind: x) AND b IN (\(list: ys))"`. Values are never spliced into
/// the text; each engine renders its own placeholders (`?` for SQLite, `$1…` for PostgreSQL) from
/// the bind positions, so nothing rewrites SQL text after the fact.
public struct SQLStatement: Sendable, Hashable, ExpressibleByStringInterpolation {
    enum Part: Sendable, Hashable {
        case sql(String)
        case bind(SQLValue)
    }

    private(set) var parts: [Part]

    public init(stringLiteral value: String) { parts = [.sql(value)] }

    public init(stringInterpolation: Interpolation) { parts = stringInterpolation.parts }

    /// A statement with no bound values (schema changes, fixed queries).
    public init(sql: String) { parts = [.sql(sql)] }

    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { parts.append(.sql(literal)) }

        /// One bound value.
        public mutating func appendInterpolation(bind value: SQLValue) { parts.append(.bind(value)) }

        /// Bound values separated by commas, for `IN (…)`.
        public mutating func appendInterpolation(list values: [SQLValue]) {
            for (index, value) in values.enumerated() {
                if index > 0 { parts.append(.sql(", ")) }
                parts.append(.bind(value))
            }
        }

        /// SQL text the code itself chose (a table or column name, a clause), never user input.
        public mutating func appendInterpolation(raw sql: String) { parts.append(.sql(sql)) }

        /// Another statement, with its binds.
        public mutating func appendInterpolation(_ statement: SQLStatement) { parts += statement.parts }
    }

    /// The two statements' text and binds, one after the other (no space added).
    public static func + (lhs: SQLStatement, rhs: SQLStatement) -> SQLStatement {
        var joined = lhs
        joined.parts += rhs.parts
        return joined
    }

    /// The conditions joined by OR, in parentheses; a condition that is always false when there are none.
    public static func anyOf(_ conditions: [SQLStatement]) -> SQLStatement {
        guard let first = conditions.first else { return "1 = 0" }
        return "(" + conditions.dropFirst().reduce(first) { $0 + " OR " + $1 } + ")"
    }

    /// Appends a clause (`AND la_code IN (…)`, `GROUP BY …`).
    public mutating func append(_ statement: SQLStatement) { parts += [.sql(" ")] + statement.parts }

    /// Appends ` AND column = value` when `value` is given.
    public mutating func and(_ column: String, equals value: SQLValue?) {
        guard let value else { return }
        append("AND \(raw: column) = \(bind: value)")
    }

    /// Appends ` AND column IN (…)` when `values` is given.
    public mutating func and(_ column: String, in values: [SQLValue]?) {
        guard let values else { return }
        append(values.isEmpty ? "AND 1 = 0" : "AND \(raw: column) IN (\(list: values))")
    }

    /// The bound values, in order.
    public var arguments: [SQLValue] {
        parts.compactMap { if case .bind(let value) = $0 { value } else { nil } }
    }

    /// The text with the dialect's placeholders.
    public func text(for dialect: SQLDialect) -> String {
        var text = ""
        var number = 0
        for part in parts {
            switch part {
            case .sql(let sql): text += sql
            case .bind:
                number += 1
                text += dialect == .postgres ? "$\(number)" : "?"
            }
        }
        return text
    }

    /// The statement's text with `?` placeholders, for messages.
    public var description: String { text(for: .sqlite) }
}
