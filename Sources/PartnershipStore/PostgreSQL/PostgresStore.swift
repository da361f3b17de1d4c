import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// The server-grade store: PostgreSQL through postgres-nio's `PostgresClient` (a connection pool),
/// for a national deployment that outgrows one machine. Same schema, same portable statements as
/// `SQLiteStore`; values go to the server as binds. A read or transaction leases one connection;
/// store calls made inside a transaction's body run on that transaction's connection.
public final class PostgresStore: SQLStore {
    public let dialect = SQLDialect.postgres
    public let location: String
    private let client: PostgresClient
    private let running: Task<Void, Never>
    private let logger: Logger
    private let schema: String?
    private let id = UUID()

    /// The session of the transaction the current task is inside, per store.
    @TaskLocal private static var inside: [UUID: PostgresSession] = [:]

    /// Connects (the pool opens connections as they are needed) and creates the URL's schema if missing.
    public init(url text: String, logger: Logger) async throws {
        let url = try PostgresURL(text)
        location = url.description
        schema = url.schema
        self.logger = logger
        var configuration: PostgresClient.Configuration
        if let socket = url.socketPath {
            configuration = .init(unixSocketPath: socket, username: url.user, password: url.password, database: url.database)
        } else {
            let tls: PostgresClient.Configuration.TLS = url.requireTLS ? .require(.makeClientConfiguration()) : .disable
            configuration = .init(host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls)
        }
        if let schema = url.schema { configuration.options.additionalStartupParameters = [("options", "-c search_path=\(schema)")] }
        configuration.options.maximumConnections = 4
        // The pool's own log: its "leased before run() started" notice is a start-up race the lease
        // waits out, so only errors from it reach the user.
        var background = logger
        background.logLevel = .error
        let client = PostgresClient(configuration: configuration, backgroundLogger: background)
        self.client = client
        running = Task { await client.run() }
        do {
            try await client.withConnection { connection in
                let session = PostgresSession(connection: connection, logger: logger)
                _ = try await session.query("SELECT 1")
                if let schema = url.schema { try await session.execute("CREATE SCHEMA IF NOT EXISTS \(raw: schema)") }
            }
        } catch {
            running.cancel()
            throw StoreError.cannotOpen(location: url.description, reason: Self.reason(error))
        }
    }

    /// Drops the URL's schema and everything in it (test clean-up).
    public func dropSchema() async throws {
        guard let schema else { return }
        try await transaction { try await $0.execute("DROP SCHEMA \(raw: schema) CASCADE") }
    }

    public func close() async { running.cancel() }

    deinit { running.cancel() }

    public func read<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T {
        if let session = Self.inside[id] { return try await body(session) }
        return try await lease { session in try await body(session) }
    }

    public func transaction<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T {
        if let session = Self.inside[id] { return try await body(session) }
        return try await lease { session in
            try await session.execute("BEGIN")
            do {
                var inside = Self.inside
                inside[id] = session
                let result = try await Self.$inside.withValue(inside) { try await body(session) }
                try await session.execute("COMMIT")
                return result
            } catch {
                try? await session.execute("ROLLBACK")
                throw error
            }
        }
    }

    private func lease<T: Sendable>(_ body: (PostgresSession) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(PostgresSession(connection: connection, logger: logger)) }
        } catch let error as StoreError {
            throw error
        } catch let error as PSQLError {
            throw StoreError.cannotOpen(location: location, reason: Self.reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError { return error.serverInfo?[.message] ?? "\(error.code)" }
        return String(describing: error)
    }
}

/// A PostgreSQL connection seen through the portable session protocol.
struct PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger
    var dialect: SQLDialect { .postgres }

    /// PostgreSQL accepts at most 65,535 parameters in one statement.
    static let maxParameters = 60_000

    func execute(_ statement: SQLStatement) async throws {
        _ = try await query(statement)
    }

    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        let sql = statement.text(for: .postgres)
        var bindings = PostgresBindings(capacity: statement.arguments.count)
        for argument in statement.arguments {
            switch argument {
            case .null: bindings.appendNull()
            case .integer(let integer): bindings.append(integer)
            case .real(let real): bindings.append(real)
            case .text(let text): bindings.append(text)
            }
        }
        let table = SQLRow.table(of: sql)
        do {
            var rows: [SQLRow] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger) {
                var columns: [String] = [], values: [SQLValue] = []
                for cell in row {
                    columns.append(cell.columnName)
                    values.append(try Self.value(cell, table: table))
                }
                rows.append(SQLRow(columns: columns, values: values, table: table))
            }
            return rows
        } catch let error as PSQLError {
            throw StoreError.statementFailed(sql: statement.description, reason: PostgresStore.reason(error))
        }
    }

    func insert(into table: String, columns: [String], rows: [[SQLValue]]) async throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, Self.maxParameters / max(1, columns.count))
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var statement: SQLStatement = "INSERT INTO \(raw: table) (\(raw: columns.joined(separator: ", "))) VALUES "
            for (index, row) in chunk.enumerated() {
                statement.append(index == 0 ? "(\(list: row))" : ", (\(list: row))")
            }
            try await execute(statement)
            start += chunk.count
        }
    }

    /// The cell as a portable value; a cell that does not decode as its type says is an error.
    static func value(_ cell: PostgresCell, table: String) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8:
                return .integer(try cell.decode(Int64.self))
            case .float4, .float8:
                return .real(try cell.decode(Double.self))
            case .numeric:
                let decimal = try cell.decode(Decimal.self)
                let number = NSDecimalNumber(decimal: decimal)
                return decimal == Decimal(number.int64Value) ? .integer(number.int64Value) : .real(number.doubleValue)
            case .bool:
                return .integer(try cell.decode(Bool.self) ? 1 : 0)
            default:
                return .text(try cell.decode(String.self))
            }
        } catch {
            throw StoreError.badColumn(table: table, column: cell.columnName, reason: "a \(cell.dataType) value that does not decode: \(error)")
        }
    }
}
