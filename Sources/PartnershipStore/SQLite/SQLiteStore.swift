import Foundation
import GRDB
import GRDBSQLite
import SystemTuning

#if canImport(Glibc)
import Glibc
#endif

/// The embedded default: one SQLite file through GRDB (or memory, for tests and benchmarks).
/// A transaction is `BEGIN IMMEDIATE` … `COMMIT` on the writing connection, held through the
/// store's gate so no other caller's statement runs inside it. A read runs on that connection too
/// when it is free; while another task holds it (an import, or another programme of a `compare`),
/// a read of a file goes to one of its reading connections (`SQLiteReaders`) and runs beside it,
/// each statement seeing what was last committed (as a read on PostgreSQL does).
public struct SQLiteStore: SQLStore {
    public let dialect = SQLDialect.sqlite
    public let location: String
    let writer: DatabaseQueue
    /// Connections for reads while the writing one is busy; nil in memory (one connection only).
    let readers: SQLiteReaders?
    let gate = StoreGate()
    /// Whether opening made the file (it holds nothing yet); true in memory.
    public let createdFile: Bool

    /// Opens (creating if needed) the database file at `path`. With `bulkLoad`, a file created
    /// here keeps SQLite's rollback journal until `finishBulkLoad()`: the first import writes its
    /// pages into the file once, where the write-ahead log would write them twice (to the log,
    /// then into the file when the last connection closes). Meanwhile another process reading the
    /// new file waits while it commits; should the load never finish, the next process to open
    /// the file moves it to the log.
    public init(path: String, bulkLoad: Bool = false) throws {
        _ = Self.memoryStatisticsOff
        createdFile = !FileManager.default.fileExists(atPath: path)
        do {
            writer = try DatabaseQueue(path: path, configuration: Self.configuration(writeAheadLog: !(bulkLoad && createdFile)))
        } catch {
            throw StoreError.cannotOpen(location: path, reason: "\(error)")
        }
        readers = SQLiteReaders(path: path)
        location = path
    }

    /// A private in-memory database.
    public init() throws {
        _ = Self.memoryStatisticsOff
        createdFile = true
        writer = try DatabaseQueue(configuration: Self.configuration(writeAheadLog: true))
        readers = nil
        location = ":memory:"
    }

    /// Whether SQLite keeps no memory statistics in this process, set before its first connection:
    /// with them, every allocation SQLite makes takes a process-wide mutex to count itself, about
    /// 10% of an import's inserting thread (nothing here reads the statistics). False only if
    /// something used SQLite before any store was opened.
    static let memoryStatisticsOff: Bool = smp_sqlite_disable_memory_statistics() == SQLITE_OK

    static func configuration(writeAheadLog: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // An import holds the write lock while it reads its file (seconds at national scale):
        // another writer waits for it rather than failing.
        configuration.busyMode = .timeout(120)
        // Readers and a writer side by side (a no-op once the file is in WAL mode; memory stays memory).
        configuration.prepareDatabase { db in
            if writeAheadLog, try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal", !db.configuration.readonly {
                _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
            // A large sort (an index built after a bulk import, see `withIndexesAndKeysDeferred`) may use
            // helper threads: 2.2 M rows index in 1.4 s instead of 1.7 s on two cores.
            try db.execute(sql: "PRAGMA threads = 2")
        }
        // A transaction spans several accesses (the store gate keeps other callers out meanwhile).
        configuration.allowsUnsafeTransactions = true
        return configuration
    }

    /// The database file's and its WAL's size and modification time (nanoseconds): every commit by
    /// any process appends to the WAL or, at a checkpoint, rewrites both. Nil in memory.
    public func changeToken() -> String? {
        guard location != ":memory:" else { return nil }
        func stamp(_ path: String) -> String {
            var info = stat()
            guard stat(path, &info) == 0 else { return "-" }
            return "\(info.st_size).\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return stamp(location) + "/" + stamp(location + "-wal")
    }

    /// Moves a file created for a bulk load to the write-ahead log, as every other store runs.
    public func finishBulkLoad() async throws {
        guard location != ":memory:" else { return }
        try await gate.run { _ in
            try await writer.writeWithoutTransaction { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                }
            }
        }
    }

    public func read<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T {
        if let readers, gate.isHeldElsewhere {
            return try await readers.with { try await body(SQLiteSession(connection: .reader($0))) }
        }
        return try await gate.run { _ in try await body(SQLiteSession(connection: .writer(writer))) }
    }

    public func transaction<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T {
        try await gate.run { reentered in
            let session = SQLiteSession(connection: .writer(writer))
            if reentered { return try await body(session) }
            try await session.execute("BEGIN IMMEDIATE")
            do {
                let result = try await body(session)
                try await session.execute("COMMIT")
                return result
            } catch {
                try? await session.execute("ROLLBACK")
                throw error
            }
        }
    }
}

/// A GRDB connection seen through the portable session protocol: each call runs on the
/// connection without a transaction of its own (the store's `transaction` brackets them).
struct SQLiteSession: SQLSession {
    /// The writing connection, or a reading one (each statement sees the last commit).
    enum Connection {
        case writer(DatabaseQueue)
        case reader(DatabaseQueue)
    }

    let connection: Connection
    var dialect: SQLDialect { .sqlite }

    /// Runs `body` on the session's connection.
    private func access<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        switch connection {
        case .writer(let writer): try await writer.writeWithoutTransaction(body)
        case .reader(let reader): try await reader.unsafeRead(body)
        }
    }

    func execute(_ statement: SQLStatement) async throws {
        try await execute([statement])
    }

    func execute(_ statements: [SQLStatement]) async throws {
        let prepared = statements.map { (sql: $0.text(for: .sqlite), arguments: Self.arguments($0.arguments)) }
        try await access { db in
            for (sql, arguments) in prepared { try Self.wrap(sql) { try db.execute(sql: sql, arguments: arguments) } }
        }
    }

    /// Rows read straight off SQLite's statement (GRDB's generic row decoding cost more than the
    /// queries themselves once they read only what they need).
    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        let sql = statement.text(for: .sqlite), arguments = statement.arguments
        let table = SQLRow.table(of: sql)
        return try await access { db in
            let prepared = try Self.wrap(sql) { try db.cachedStatement(sql: sql) }
            let handle = prepared.sqliteStatement
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            defer { sqlite3_reset(handle) }
            for (index, value) in arguments.enumerated() { Self.bind(value, at: Int32(index + 1), to: handle) }
            let count = sqlite3_column_count(handle)
            let columns = (0..<count).map { String(cString: sqlite3_column_name(handle, $0)) }
            var rows: [SQLRow] = []
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw StoreError.statementFailed(sql: sql, reason: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                var values: [SQLValue] = []
                values.reserveCapacity(Int(count))
                for column in 0..<count { values.append(Self.column(column, of: handle)) }
                rows.append(SQLRow(columns: columns, values: values, table: table))
            }
            return rows
        }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    private static let emptyText: StaticString = ""

    static func bind(_ value: SQLValue, at position: Int32, to handle: OpaquePointer) {
        switch value {
        case .null: sqlite3_bind_null(handle, position)
        case .integer(let integer): sqlite3_bind_int64(handle, position, integer)
        case .real(let real): sqlite3_bind_double(handle, position, real)
        case .text(let text):
            // From the string's own UTF-8 with its length: passing the String makes a C string
            // copy on the heap first, for every value of every row an import writes.
            var text = text
            text.withUTF8 { bytes in
                // Never a null pointer: SQLite would bind NULL, not empty text.
                let start = UnsafeRawPointer(bytes.baseAddress ?? emptyText.utf8Start).assumingMemoryBound(to: CChar.self)
                _ = sqlite3_bind_text(handle, position, start, Int32(clamping: bytes.count), transient)
            }
        }
    }

    static func column(_ column: Int32, of handle: OpaquePointer) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        default:
            let bytes = Int(sqlite3_column_bytes(handle, column))
            guard bytes > 0, let text = sqlite3_column_text(handle, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: bytes), as: UTF8.self))
        }
    }

    /// Bulk insert through one prepared statement, binding values straight onto SQLite's
    /// statement (GRDB's generic argument path costs more than the insert itself here).
    func insert(into table: String, columns: [String], leading: [SQLValue], rows: [[SQLValue]]) async throws {
        let sql =
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + "(\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
        try await access { db in
            let statement = try Self.wrap(sql) { try db.makeStatement(sql: sql) }
            let handle = statement.sqliteStatement
            func bind(_ value: SQLValue, at position: Int32) { Self.bind(value, at: position, to: handle) }
            for (index, value) in leading.enumerated() { bind(value, at: Int32(index + 1)) }
            let offset = leading.count + 1
            for row in rows {
                sqlite3_reset(handle)
                for (index, value) in row.enumerated() { bind(value, at: Int32(index + offset)) }
                let code = sqlite3_step(handle)
                guard code == SQLITE_DONE else {
                    let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
                    sqlite3_reset(handle)
                    throw StoreError.statementFailed(sql: sql, reason: message)
                }
            }
            sqlite3_reset(handle)
        }
    }

    private static func wrap<T>(_ sql: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError {
            throw StoreError.statementFailed(sql: sql, reason: error.message ?? "\(error)")
        }
    }

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(
            values.map { value -> DatabaseValue in
                switch value {
                case .null: .null
                case .integer(let integer): integer.databaseValue
                case .real(let real): real.databaseValue
                case .text(let text): text.databaseValue
                }
            })
    }
}
