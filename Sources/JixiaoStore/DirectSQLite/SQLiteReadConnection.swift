import Foundation
import NIOCore
import SQLiteNIO

/// One SQLite connection for reads, called directly on the caller's thread, with its
/// prepared statements kept by SQL text. Used by one thread at a time (`SQLiteReadPool`; the one
/// writable connection of `SQLiteWriter` is one of these too).
///
/// Why not SQLiteNIO: each of its queries hops to a thread pool and back, about a third
/// of a millisecond of CPU per query on the list pages, more than the query itself.
/// The C calls go through `BundledSQLite`, the one file that knows SQLiteNIO's internals.
final class SQLiteReadConnection {
    private typealias C = BundledSQLite
    private let handle: C.Handle
    private let writable: Bool
    private var statements: [String: (statement: C.Statement, columns: DirectSQLiteRow.Columns)] = [:]
    // Bounds the cache: the hot reads are a handful of statements; filters vary the `IN` lists.
    private static let statementLimit = 64

    /// Opens `path` for reading only (`query_only`): nothing written through it; or, `writable`,
    /// for `SQLiteWriter` (foreign keys enforced, as on Fluent's connections).
    init(path: String, writable: Bool = false) throws {
        self.writable = writable
        let (status, handle) = C.open(path)
        guard status == C.ok, let handle else {
            if let handle { C.close(handle) }
            throw SQLiteReadError(message: "无法打开数据库 \(path)（SQLite \(status)）")
        }
        self.handle = handle
        // A writer waits for another process's write lock as long as SQLiteNIO's busy handler does.
        C.busyTimeout(handle, milliseconds: writable ? 60_000 : 10_000)
        // Otherwise a statement whose plan might depend on a bound value is prepared again on
        // every run (the session and token reads were): their plans are fixed by their indexes.
        _ = C.enableStablePlans(handle)
        try check(C.execute(handle, writable ? "PRAGMA foreign_keys = ON" : "PRAGMA query_only = 1"))
    }

    /// Runs `sql`, which takes no values and gives no rows (`BEGIN IMMEDIATE`, `COMMIT`).
    func execute(_ sql: String) throws { try check(C.execute(handle, sql)) }

    deinit {
        for prepared in statements.values { C.finalize(prepared.statement) }
        C.close(handle)
    }

    /// Runs `sql` with `binds` and hands each row to `onRow`.
    func query(_ sql: String, binds: [SQLiteData], onRow: (DirectSQLiteRow) throws -> Void) throws {
        let (statement, names) = try prepared(sql)
        // Every parameter is bound on each run, so the bindings are not cleared after it.
        defer { C.reset(statement) }
        for (offset, value) in binds.enumerated() { try check(bind(value, at: Int32(offset + 1), in: statement)) }
        let count = Int32(names.names.count)
        while true {
            let status = C.step(statement)
            if status == C.done { return }
            guard status == C.row else { throw error(status) }
            try onRow(DirectSQLiteRow(columns: names, values: (0..<count).map { value(at: $0, in: statement) }))
        }
    }

    private func prepared(_ sql: String) throws -> (statement: C.Statement, columns: DirectSQLiteRow.Columns) {
        if let prepared = statements[sql] { return prepared }
        let (status, statement) = C.prepare(handle, sql)
        guard status == C.ok, let statement else { throw error(status) }
        if statements.count >= Self.statementLimit {
            for old in statements.values { C.finalize(old.statement) }
            statements.removeAll(keepingCapacity: true)
        }
        let columns = DirectSQLiteRow.Columns((0..<C.columnCount(statement)).map { C.columnName(statement, $0) })
        statements[sql] = (statement, columns)
        return (statement, columns)
    }

    private func bind(_ value: SQLiteData, at index: Int32, in statement: C.Statement) -> Int32 {
        switch value {
        case .integer(let number): C.bind(statement, index, int64: Int64(number))
        case .float(let number): C.bind(statement, index, double: number)
        case .text(let text): C.bind(statement, index, text: text)
        case .blob(let bytes): bytes.withUnsafeReadableBytes { C.bind(statement, index, blob: $0) }
        case .null: C.bindNull(statement, index)
        }
    }

    private func value(at column: Int32, in statement: C.Statement) -> SQLiteData {
        switch C.columnType(statement, column) {
        case .integer: return .integer(SQLiteInt64(C.int64(statement, column)))
        case .float: return .float(C.double(statement, column))
        case .text: return .text(C.text(statement, column))
        case .blob:
            return .blob(
                C.blob(statement, column) { bytes in
                    var buffer = ByteBufferAllocator().buffer(capacity: bytes.count)
                    buffer.writeBytes(bytes)
                    return buffer
                })
        case .null: return .null
        }
    }

    private func check(_ status: Int32) throws { if status != C.ok { throw error(status) } }

    private func error(_ status: Int32) -> SQLiteReadError {
        SQLiteReadError(message: "SQLite \(writable ? "写入" : "读取")失败（\(status)）：" + C.errorMessage(handle))
    }
}
