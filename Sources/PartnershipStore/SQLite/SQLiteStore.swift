import Foundation
import GRDB
import GRDBSQLite

/// The embedded default: one SQLite file through GRDB (or memory, for tests and benchmarks).
public struct SQLiteStore: SQLStore {
    public let dialect = SQLDialect.sqlite
    public let location: String
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the database file at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            writer = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(location: path, reason: "\(error)")
        }
        location = path
    }

    /// A private in-memory database.
    public init() throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        writer = try DatabaseQueue(configuration: configuration)
        location = ":memory:"
    }

    public func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try writer.unsafeReentrantRead { db in try body(SQLiteSession(db: db)) }
    }

    public func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try writer.unsafeReentrantWrite { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(SQLiteSession(db: db))
                return .commit
            }
            return result!
        }
    }
}

/// A GRDB connection seen through the portable session protocol.
struct SQLiteSession: SQLSession {
    let db: Database
    var dialect: SQLDialect { .sqlite }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        try wrap(sql) { try db.execute(sql: sql, arguments: Self.arguments(arguments)) }
    }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        try wrap(sql) {
            let statement = try db.cachedStatement(sql: sql)
            let columns = statement.columnNames
            return try Row.fetchAll(statement, arguments: Self.arguments(arguments)).map { row in
                SQLRow(columns: columns, values: (0..<row.count).map { Self.value(row[$0] as DatabaseValue) })
            }
        }
    }

    /// Bulk insert through one prepared statement, binding values straight onto SQLite's
    /// statement (GRDB's generic argument path costs more than the insert itself here).
    func insert(into table: String, columns: [String], rows: [[SQLValue]]) throws {
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(SQLDialect.marks(columns.count)))"
        let statement = try wrap(sql) { try db.makeStatement(sql: sql) }
        let handle = statement.sqliteStatement
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for row in rows {
            sqlite3_reset(handle)
            for (index, value) in row.enumerated() {
                let position = Int32(index + 1)
                switch value {
                case .null: sqlite3_bind_null(handle, position)
                case .integer(let integer): sqlite3_bind_int64(handle, position, integer)
                case .real(let real): sqlite3_bind_double(handle, position, real)
                case .text(let text): sqlite3_bind_text(handle, position, text, -1, transient)
                }
            }
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE else {
                let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
                sqlite3_reset(handle)
                throw StoreError.statementFailed(sql: sql, reason: message)
            }
        }
        sqlite3_reset(handle)
    }

    private func wrap<T>(_ sql: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError {
            throw StoreError.statementFailed(sql: sql, reason: error.message ?? "\(error)")
        }
    }

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case .null: .null
            case .integer(let integer): integer.databaseValue
            case .real(let real): real.databaseValue
            case .text(let text): text.databaseValue
            }
        })
    }

    static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: .null
        case .int64(let integer): .integer(integer)
        case .double(let real): .real(real)
        case .string(let text): .text(text)
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
        }
    }
}
