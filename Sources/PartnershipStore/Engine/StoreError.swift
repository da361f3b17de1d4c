/// Store failures, with a message a person can act on. A struct over a private enum (as
/// Hummingbird's errors are) so kinds can be added without breaking callers.
public struct StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    private enum Kind: Sendable, Equatable {
        case cannotOpen(location: String, reason: String)
        case badURL(String, reason: String)
        case statementFailed(sql: String, reason: String)
        case migrationFailed(name: String, reason: String)
        case duplicateMigration(name: String, owners: [String])
        case unknownMigrations([String], location: String)
        case badColumn(table: String, column: String, reason: String)
    }

    private let kind: Kind

    public static func cannotOpen(location: String, reason: String) -> StoreError {
        StoreError(kind: .cannotOpen(location: location, reason: reason))
    }
    public static func badURL(_ url: String, reason: String) -> StoreError { StoreError(kind: .badURL(url, reason: reason)) }
    public static func statementFailed(sql: String, reason: String) -> StoreError { StoreError(kind: .statementFailed(sql: sql, reason: reason)) }
    public static func migrationFailed(name: String, reason: String) -> StoreError { StoreError(kind: .migrationFailed(name: name, reason: reason)) }
    /// Two modules (or one, twice) claim the same migration name.
    public static func duplicateMigration(name: String, owners: [String]) -> StoreError {
        StoreError(kind: .duplicateMigration(name: name, owners: owners))
    }
    /// The store has migrations this build does not know (a newer version, or another set of programmes, wrote it).
    public static func unknownMigrations(_ names: [String], location: String) -> StoreError {
        StoreError(kind: .unknownMigrations(names, location: location))
    }
    /// A stored row has a missing or malformed column: the store holds something this version cannot read.
    public static func badColumn(table: String, column: String, reason: String) -> StoreError {
        StoreError(kind: .badColumn(table: table, column: column, reason: reason))
    }

    public var description: String {
        switch kind {
        case .cannotOpen(let location, let reason): "cannot open the store at \(location): \(reason)"
        case .badURL(let url, let reason): "'\(url)' is not a usable database URL: \(reason)"
        case .statementFailed(let sql, let reason): "a store statement failed (\(reason)): \(sql.prefix(160))"
        case .migrationFailed(let name, let reason): "migration \(name) failed and was rolled back: \(reason)"
        case .duplicateMigration(let name, let owners):
            "migration '\(name)' is declared by \(owners.joined(separator: " and ")): every migration name must be unique; rename the later one"
        case .unknownMigrations(let names, let location):
            "the store at \(location) has migration(s) this version does not know (\(names.joined(separator: ", "))): it was written by a "
                + "newer version or with other programmes; use that version or another --db"
        case .badColumn(let table, let column, let reason): "the store's \(table).\(column) cannot be read: \(reason)"
        }
    }
}
