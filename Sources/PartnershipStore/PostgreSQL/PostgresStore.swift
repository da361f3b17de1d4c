import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// The server-grade store: PostgreSQL through postgres-nio, for a national deployment that
/// outgrows one machine. Same schema, same portable queries as `SQLiteStore`. One connection,
/// used by one caller at a time; the store API is synchronous like the SQLite one.
public final class PostgresStore: SQLStore, @unchecked Sendable {
    public let dialect = SQLDialect.postgres
    public let location: String
    private let connection: PostgresConnection
    private let logger = Logger(label: "smp.store.postgres")
    private let lock = NSRecursiveLock()

    private let urlText: String

    public init(url text: String) throws {
        let url = try PostgresURL(text)
        urlText = text
        location = url.description
        let configuration: PostgresConnection.Configuration
        if let socket = url.socketPath {
            configuration = .init(unixSocketPath: socket, username: url.user, password: url.password, database: url.database)
        } else {
            let tls: PostgresConnection.Configuration.TLS =
                url.requireTLS ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
            configuration = .init(host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls)
        }
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw StoreError.cannotOpen(location: url.description, reason: String(reflecting: error))
        }
        if let schema = url.schema {
            let session = PostgresSession(connection: connection, logger: logger)
            try session.execute("CREATE SCHEMA IF NOT EXISTS \(schema)")
            try session.execute("SET search_path TO \(schema)")
        }
    }

    /// Drops the URL's schema and everything in it (test clean-up).
    public func dropSchema() throws {
        guard let schema = try PostgresURL(urlText).schema else { return }
        try PostgresSession(connection: connection, logger: logger).execute("DROP SCHEMA \(schema) CASCADE")
    }

    deinit { try? connection.close().wait() }

    public func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(PostgresSession(connection: connection, logger: logger))
    }

    public func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let session = PostgresSession(connection: connection, logger: logger)
        try session.execute("BEGIN")
        do {
            let result = try body(session)
            try session.execute("COMMIT")
            return result
        } catch {
            try? session.execute("ROLLBACK")
            throw error
        }
    }
}

/// A PostgreSQL connection seen through the portable session protocol.
struct PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger
    var dialect: SQLDialect { .postgres }

    /// PostgreSQL accepts at most 65,535 parameters in one statement.
    static let maxParameters = 60_000

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        _ = try run(sql, arguments)
    }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        let result = try run(sql, arguments)
        return result.rows.map { row in
            var columns: [String] = []
            var values: [SQLValue] = []
            for cell in row {
                columns.append(cell.columnName)
                values.append(Self.value(cell))
            }
            return SQLRow(columns: columns, values: values)
        }
    }

    func insert(into table: String, columns: [String], rows: [[SQLValue]]) throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, Self.maxParameters / max(1, columns.count))
        let prefix = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        let tuple = "(" + SQLDialect.marks(columns.count) + ")"
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            let sql = prefix + Array(repeating: tuple, count: chunk.count).joined(separator: ", ")
            _ = try run(sql, Array(chunk.joined()))
            start += chunk.count
        }
    }

    private func run(_ sql: String, _ arguments: [SQLValue]) throws -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: bindings.appendNull()
            case .integer(let integer): bindings.append(integer)
            case .real(let real): bindings.append(real)
            case .text(let text): bindings.append(text)
            }
        }
        let query = PostgresQuery(unsafeSQL: dialect.placeholders(sql), binds: bindings)
        do {
            return try connection.query(query, logger: logger).wait()
        } catch let error as PSQLError {
            throw StoreError.statementFailed(sql: sql, reason: error.serverInfo?[.message] ?? String(reflecting: error))
        }
    }

    static func value(_ cell: PostgresCell) -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8:
            return (try? cell.decode(Int64.self)).map(SQLValue.integer) ?? .null
        case .float4, .float8:
            return (try? cell.decode(Double.self)).map(SQLValue.real) ?? .null
        case .numeric:
            guard let decimal = try? cell.decode(Decimal.self) else { return .null }
            let number = NSDecimalNumber(decimal: decimal)
            return decimal == Decimal(number.int64Value) ? .integer(number.int64Value) : .real(number.doubleValue)
        case .bool:
            return (try? cell.decode(Bool.self)).map { .integer($0 ? 1 : 0) } ?? .null
        default:
            return (try? cell.decode(String.self)).map(SQLValue.text) ?? .null
        }
    }
}
