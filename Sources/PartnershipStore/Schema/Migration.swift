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
