import Foundation

/// A `postgres://user:password@host:port/database?sslmode=…&host=/socket/dir` URL, parsed into
/// what a connection needs. The printable form never shows the password.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    public let user: String
    public let password: String?
    public let host: String
    public let port: Int
    public let database: String
    /// A Unix socket directory (`?host=/var/run/postgresql`), used instead of TCP when given.
    public let socketDirectory: String?
    public let requireTLS: Bool
    /// A schema to work in (`?schema=smp`), created if missing; the default is `public`.
    public let schema: String?

    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(_ text: String) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw StoreError.badURL(text, reason: "expected postgres://user[:password]@host[:port]/database")
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        user = components.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password
        socketDirectory = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        let path = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        guard !path.isEmpty else { throw StoreError.badURL(text, reason: "no database name after the host (…/DATABASE)") }
        database = path
        schema = query["schema"]
        if let schema, schema.isEmpty || !schema.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            throw StoreError.badURL(text, reason: "schema '\(schema)' must be letters, digits and _")
        }
        switch query["sslmode"] ?? "disable" {
        case "disable", "allow", "prefer": requireTLS = false
        case "require", "verify-ca", "verify-full": requireTLS = true
        case let other: throw StoreError.badURL(text, reason: "sslmode '\(other)' is not one of disable, require, verify-full")
        }
    }

    public var socketPath: String? { socketDirectory.map { "\($0)/.s.PGSQL.\(port)" } }

    public var description: String {
        "postgres://\(user)@\(socketDirectory == nil ? "\(host):\(port)" : "")/\(database)" + (socketDirectory.map { "?host=\($0)" } ?? "")
    }
}
