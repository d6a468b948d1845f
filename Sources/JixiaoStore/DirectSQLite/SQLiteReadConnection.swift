import Foundation
import JixiaoSQLiteConfig
import NIOCore
import SQLiteNIO
import VaporCSQLite

/// One SQLite connection for reads, called directly on the caller's thread, with its
/// prepared statements kept by SQL text. Used by one thread at a time (`SQLiteReadPool`).
///
/// Why not SQLiteNIO: each of its queries hops to a thread pool and back, about a third
/// of a millisecond of CPU per query on the list pages, more than the query itself.
final class SQLiteReadConnection {
    private let handle: OpaquePointer
    private var statements: [String: (statement: OpaquePointer, columns: DirectSQLiteRow.Columns)] = [:]
    // Bounds the cache: the hot reads are a handful of statements; filters vary the `IN` lists.
    private static let statementLimit = 64

    /// Opens `path` for reading only (`query_only`): nothing written through it.
    init(path: String) throws {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let status = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            if let handle { sqlite_nio_sqlite3_close_v2(handle) }
            throw SQLiteReadError(message: "无法打开数据库 \(path)（SQLite \(status)）")
        }
        self.handle = handle
        sqlite_nio_sqlite3_busy_timeout(handle, 10_000)
        // Otherwise a statement whose plan might depend on a bound value is prepared again on
        // every run (the session and token reads were): their plans are fixed by their indexes.
        _ = jixiao_sqlite_enable_qpsg(UnsafeMutableRawPointer(handle))
        try execute("PRAGMA query_only = 1")
    }

    deinit {
        for prepared in statements.values { sqlite_nio_sqlite3_finalize(prepared.statement) }
        sqlite_nio_sqlite3_close_v2(handle)
    }

    /// Runs `sql` with `binds` and hands each row to `onRow`.
    func query(_ sql: String, binds: [SQLiteData], onRow: (DirectSQLiteRow) throws -> Void) throws {
        let (statement, names) = try prepared(sql)
        // Every parameter is bound on each run, so the bindings are not cleared after it.
        defer { sqlite_nio_sqlite3_reset(statement) }
        for (offset, value) in binds.enumerated() { try check(bind(value, at: Int32(offset + 1), in: statement)) }
        let count = Int32(names.names.count)
        while true {
            let status = sqlite_nio_sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw error(status) }
            try onRow(DirectSQLiteRow(columns: names, values: (0..<count).map { value(at: $0, in: statement) }))
        }
    }

    private func prepared(_ sql: String) throws -> (statement: OpaquePointer, columns: DirectSQLiteRow.Columns) {
        if let prepared = statements[sql] { return prepared }
        var statement: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status) }
        if statements.count >= Self.statementLimit {
            for old in statements.values { sqlite_nio_sqlite3_finalize(old.statement) }
            statements.removeAll(keepingCapacity: true)
        }
        let count = sqlite_nio_sqlite3_column_count(statement)
        let columns = DirectSQLiteRow.Columns((0..<count).map { String(cString: sqlite_nio_sqlite3_column_name(statement, $0)) })
        statements[sql] = (statement, columns)
        return (statement, columns)
    }

    private func execute(_ sql: String) throws {
        try check(sqlite_nio_sqlite3_exec(handle, sql, nil, nil, nil))
    }

    private func bind(_ value: SQLiteData, at index: Int32, in statement: OpaquePointer) -> Int32 {
        switch value {
        case .integer(let number): sqlite_nio_sqlite3_bind_int64(statement, index, Int64(number))
        case .float(let number): sqlite_nio_sqlite3_bind_double(statement, index, number)
        case .text(let text): sqlite_nio_sqlite3_bind_text64(statement, index, text, UInt64(text.utf8.count),
                                                             Self.transient, UInt8(SQLITE_UTF8))
        case .blob(let bytes): bytes.withUnsafeReadableBytes {
            sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), Self.transient)
        }
        case .null: sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    private func value(at column: Int32, in statement: OpaquePointer) -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(SQLiteInt64(sqlite_nio_sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            var buffer = ByteBufferAllocator().buffer(capacity: count)
            if let bytes = sqlite_nio_sqlite3_column_blob(statement, column) {
                buffer.writeBytes(UnsafeRawBufferPointer(start: bytes, count: count))
            }
            return .blob(buffer)
        default: return .null
        }
    }

    private func check(_ status: Int32) throws { if status != SQLITE_OK { throw error(status) } }

    private func error(_ status: Int32) -> SQLiteReadError {
        SQLiteReadError(message: "SQLite 读取失败（\(status)）：" + String(cString: sqlite_nio_sqlite3_errmsg(handle)))
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
