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

    /// `COPY … FROM STDIN` in text form, a megabyte at a time: several times faster than multi-row
    /// INSERTs, with the same all-or-nothing in the caller's transaction.
    func insert(into table: String, columns: [String], leading: [SQLValue], rows: [[SQLValue]]) async throws {
        guard !rows.isEmpty else { return }
        try await copy(into: table, columns: columns, leading: leading) { send in try await send(rows) }
    }

    func insert(
        into table: String, columns: [String], leading: [SQLValue], batches next: @escaping @Sendable () async -> [[SQLValue]]?
    ) async throws {
        try await copy(into: table, columns: columns, leading: leading) { send in
            while let rows = await next() { try await send(rows) }
        }
    }

    /// One `COPY … FROM STDIN` in text form: `body` hands rows to the function it is given, each
    /// row after `leading`, and they are sent at once (a megabyte at a time at most), so the server
    /// takes them while the caller reads more.
    private func copy(
        into table: String, columns: [String], leading: [SQLValue], _ body: (_ send: ([[SQLValue]]) async throws -> Void) async throws -> Void
    ) async throws {
        var prefix = ByteBuffer()
        for value in leading { Self.appendCopyField(value, to: &prefix) }
        do {
            try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                var buffer = ByteBuffer()
                buffer.reserveCapacity(1 << 20)
                try await body { rows in
                    for row in rows {
                        buffer.writeImmutableBuffer(prefix)
                        for value in row { Self.appendCopyField(value, to: &buffer) }
                        buffer.moveWriterIndex(to: buffer.writerIndex - 1)
                        buffer.writeInteger(UInt8(ascii: "\n"))
                        if buffer.readableBytes >= 1 << 20 {
                            try await writer.write(buffer)
                            buffer.clear()
                        }
                    }
                    if buffer.readableBytes > 0 {
                        try await writer.write(buffer)
                        buffer.clear()
                    }
                }
            }
        } catch let error as PSQLError {
            throw StoreError.statementFailed(
                sql: "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN", reason: PostgresStore.reason(error))
        }
    }

    /// One field of COPY's text format and its tab: `\N` for NULL, and backslash, tab, newline
    /// and carriage return escaped.
    static func appendCopyField(_ value: SQLValue, to buffer: inout ByteBuffer) {
        switch value {
        case .null: buffer.writeStaticString("\\N")
        case .integer(let integer): buffer.writeString(String(integer))
        case .real(let real): buffer.writeString("\(real)")
        case .text(let text):
            var plain = true
            for byte in text.utf8 where byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                plain = false
                break
            }
            if plain {
                buffer.writeString(text)
            } else {
                for byte in text.utf8 {
                    switch byte {
                    case 0x5C: buffer.writeStaticString("\\\\")
                    case 0x09: buffer.writeStaticString("\\t")
                    case 0x0A: buffer.writeStaticString("\\n")
                    case 0x0D: buffer.writeStaticString("\\r")
                    default: buffer.writeInteger(byte)
                    }
                }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\t"))
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
