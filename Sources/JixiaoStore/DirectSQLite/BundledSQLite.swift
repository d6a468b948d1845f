import JixiaoSQLiteConfig
import VaporCSQLite

/// THE one place that calls SQLiteNIO's bundled SQLite directly: its internal C module
/// (`VaporCSQLite`, functions prefixed `sqlite_nio_`) is not a product of the package and may
/// change in any release, so every use sits here, behind these few calls, and
/// `BundledSQLiteTests` fails with a message saying so when it changes. The direct reader
/// needs it because SQLiteNIO's public API hops to a thread pool for every query
/// (docs/performance.md, "Direct SQLite reads"). The C target `JixiaoSQLiteConfig` is its
/// one variadic call (`sqlite3_db_config`), which Swift cannot make.
enum BundledSQLite {
    typealias Handle = OpaquePointer
    typealias Statement = OpaquePointer

    /// A column's storage class.
    enum ColumnType { case integer, float, text, blob, null }

    static let ok = SQLITE_OK
    static let row = SQLITE_ROW
    static let done = SQLITE_DONE

    /// The library's version number (3053000 for 3.53.0), as SQLiteNIO reports it.
    static var versionNumber: Int32 { sqlite_nio_sqlite3_libversion_number() }

    /// Opens `path` read-write without SQLite's own mutex (one thread at a time uses it),
    /// with extended result codes. Returns the status and the handle (close it even on failure).
    static func open(_ path: String) -> (status: Int32, handle: Handle?) {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let status = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        return (status, handle)
    }

    static func close(_ handle: Handle) { sqlite_nio_sqlite3_close_v2(handle) }

    static func busyTimeout(_ handle: Handle, milliseconds: Int32) { sqlite_nio_sqlite3_busy_timeout(handle, milliseconds) }

    /// Turns on the query planner stability guarantee (`SQLITE_DBCONFIG_ENABLE_QPSG`).
    static func enableStablePlans(_ handle: Handle) -> Int32 { jixiao_sqlite_enable_qpsg(UnsafeMutableRawPointer(handle)) }

    static func execute(_ handle: Handle, _ sql: String) -> Int32 { sqlite_nio_sqlite3_exec(handle, sql, nil, nil, nil) }

    /// Prepares `sql` to be kept (`SQLITE_PREPARE_PERSISTENT`).
    static func prepare(_ handle: Handle, _ sql: String) -> (status: Int32, statement: Statement?) {
        var statement: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        return (status, statement)
    }

    static func finalize(_ statement: Statement) { sqlite_nio_sqlite3_finalize(statement) }

    static func reset(_ statement: Statement) { sqlite_nio_sqlite3_reset(statement) }

    static func step(_ statement: Statement) -> Int32 { sqlite_nio_sqlite3_step(statement) }

    static func bind(_ statement: Statement, _ index: Int32, int64 value: Int64) -> Int32 {
        sqlite_nio_sqlite3_bind_int64(statement, index, value)
    }

    static func bind(_ statement: Statement, _ index: Int32, double value: Double) -> Int32 {
        sqlite_nio_sqlite3_bind_double(statement, index, value)
    }

    /// Binds `text`, copied by SQLite (`SQLITE_TRANSIENT`).
    static func bind(_ statement: Statement, _ index: Int32, text: String) -> Int32 {
        sqlite_nio_sqlite3_bind_text64(statement, index, text, UInt64(text.utf8.count), transient, UInt8(SQLITE_UTF8))
    }

    /// Binds `bytes`, copied by SQLite (`SQLITE_TRANSIENT`).
    static func bind(_ statement: Statement, _ index: Int32, blob bytes: UnsafeRawBufferPointer) -> Int32 {
        sqlite_nio_sqlite3_bind_blob64(statement, index, bytes.baseAddress, UInt64(bytes.count), transient)
    }

    static func bindNull(_ statement: Statement, _ index: Int32) -> Int32 { sqlite_nio_sqlite3_bind_null(statement, index) }

    static func columnCount(_ statement: Statement) -> Int32 { sqlite_nio_sqlite3_column_count(statement) }

    static func columnName(_ statement: Statement, _ column: Int32) -> String {
        String(cString: sqlite_nio_sqlite3_column_name(statement, column))
    }

    static func columnType(_ statement: Statement, _ column: Int32) -> ColumnType {
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer
        case SQLITE_FLOAT: return .float
        case SQLITE_TEXT: return .text
        case SQLITE_BLOB: return .blob
        default: return .null
        }
    }

    static func int64(_ statement: Statement, _ column: Int32) -> Int64 { sqlite_nio_sqlite3_column_int64(statement, column) }

    static func double(_ statement: Statement, _ column: Int32) -> Double { sqlite_nio_sqlite3_column_double(statement, column) }

    /// The column's text (UTF-8), "" for none.
    static func text(_ statement: Statement, _ column: Int32) -> String {
        let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
        guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// Hands the column's bytes to `body` (empty for none).
    static func blob<T>(_ statement: Statement, _ column: Int32, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
        return body(UnsafeRawBufferPointer(start: sqlite_nio_sqlite3_column_blob(statement, column), count: count))
    }

    static func errorMessage(_ handle: Handle) -> String { String(cString: sqlite_nio_sqlite3_errmsg(handle)) }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
