/// The migrations one module owns (the core ledger, a published table, a programme's records).
/// Two programmes that share a module (VPRS and VCRS share the resettlement records) contribute
/// the same part; the schema keeps it once.
public struct SchemaPart: Sendable {
    /// Who owns the migrations, e.g. `core`, `published.asylum-support`, `resettlement`.
    public let owner: String
    public let migrations: [Migration]

    public init(owner: String, migrations: [Migration]) {
        self.owner = owner
        self.migrations = migrations
    }
}
