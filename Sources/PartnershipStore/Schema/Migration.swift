/// A named schema change owned by one module (the core ledger, a published table, a
/// programme). Never edited once shipped: a later change is a new migration.
public struct Migration: Sendable {
    /// Unique and stable, e.g. `published.v1.asylum-support`; recorded when applied.
    public let name: String
    /// Portable statements, one per entry, adapted to the engine's dialect where they must differ.
    public let statements: @Sendable (SQLDialect) -> [String]

    public init(_ name: String, statements: @escaping @Sendable (SQLDialect) -> [String]) {
        self.name = name
        self.statements = statements
    }

    public init(_ name: String, _ statements: [String]) {
        self.init(name) { _ in statements }
    }
}

extension Migration {
    /// Widens count columns to 64 bits. SQLite's INTEGER already is; PostgreSQL's is 32-bit, so a
    /// count SQLite stores would be a raw SQL error there. Both engines then hold the same values.
    public static func bigintCounts(_ name: String, _ columns: [(table: String, columns: [String])]) -> Migration {
        Migration(name) { dialect in
            guard dialect == .postgres else { return [] }
            return columns.map { entry in
                "ALTER TABLE \(entry.table) " + entry.columns.map { "ALTER COLUMN \($0) TYPE BIGINT" }.joined(separator: ", ")
            }
        }
    }
}
