/// Store failures, with a message a person can act on.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(location: String, reason: String)
    case badURL(String, reason: String)
    case statementFailed(sql: String, reason: String)
    case migrationFailed(name: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let location, let reason): "cannot open the store at \(location): \(reason)"
        case .badURL(let url, let reason): "'\(url)' is not a usable database URL: \(reason)"
        case .statementFailed(let sql, let reason): "a store statement failed (\(reason)): \(sql.prefix(160))"
        case .migrationFailed(let name, let reason): "migration \(name) failed and was rolled back: \(reason)"
        }
    }
}
