import Foundation
import NIOCore
import SQLiteNIO
import Testing

@testable import JixiaoStore

/// The direct SQLite reader calls SQLiteNIO's internal C module (`VaporCSQLite`), which is not
/// part of that package's API. These tests hold the contract `BundledSQLite` relies on, so a
/// sqlite-nio update that changes it fails here, saying what changed, instead of in production.
@Suite("SQLiteNIO's bundled SQLite, as the direct reader uses it")
struct BundledSQLiteTests {
    static let changed =
        "sqlite-nio's internal C module (VaporCSQLite) changed: check Sources/JixiaoStore/DirectSQLite/BundledSQLite.swift, "
        + "or drop the direct reader (DatabaseSettings: reads through Fluent) until it is adapted"

    @Test("the functions called are SQLiteNIO's own SQLite (same library version as its public API reports)")
    func sameLibraryAsSQLiteNIO() {
        #expect(BundledSQLite.versionNumber == SQLiteConnection.libraryVersion(), "\(Self.changed)")
        // prepare_v3 with SQLITE_PREPARE_PERSISTENT and SQLITE_DBCONFIG_ENABLE_QPSG need 3.20.
        #expect(BundledSQLite.versionNumber >= 3_020_000, "\(Self.changed)")
    }

    @Test("open, stable plans, prepare, bind and read every storage class, reset and run again")
    func roundTripsEveryType() throws {
        // given
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bundled-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        // The reader opens existing files only (no SQLITE_OPEN_CREATE); an empty file is an empty database.
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let (status, opened) = BundledSQLite.open(file.path)
        let handle = try #require(opened, "\(Self.changed)")
        defer { BundledSQLite.close(handle) }
        #expect(status == BundledSQLite.ok, "\(Self.changed)")
        #expect(BundledSQLite.enableStablePlans(handle) == BundledSQLite.ok, "\(Self.changed): sqlite3_db_config(ENABLE_QPSG)")
        #expect(BundledSQLite.execute(handle, "CREATE TABLE t (i INTEGER, f REAL, s TEXT, b BLOB, n TEXT)") == BundledSQLite.ok)
        // when
        let (prepared, made) = BundledSQLite.prepare(handle, "SELECT ?1 AS i, ?2 AS f, ?3 AS s, ?4 AS b, ?5 AS n")
        let statement = try #require(made, "\(Self.changed): \(BundledSQLite.errorMessage(handle))")
        defer { BundledSQLite.finalize(statement) }
        var rows: [[String]] = []
        for run in 0..<2 {
            #expect(BundledSQLite.bind(statement, 1, int64: Int64.max - Int64(run)) == BundledSQLite.ok)
            #expect(BundledSQLite.bind(statement, 2, double: 2.5) == BundledSQLite.ok)
            #expect(BundledSQLite.bind(statement, 3, text: "五华县 \(run)") == BundledSQLite.ok)
            #expect([UInt8]([0, 1, 255]).withUnsafeBytes { BundledSQLite.bind(statement, 4, blob: $0) } == BundledSQLite.ok)
            #expect(BundledSQLite.bindNull(statement, 5) == BundledSQLite.ok)
            #expect(BundledSQLite.step(statement) == BundledSQLite.row, "\(Self.changed)")
            let count = BundledSQLite.columnCount(statement)
            rows.append(
                (0..<count).map { column in
                    let name = BundledSQLite.columnName(statement, column)
                    switch BundledSQLite.columnType(statement, column) {
                    case .integer: return "\(name)=int:\(BundledSQLite.int64(statement, column))"
                    case .float: return "\(name)=float:\(BundledSQLite.double(statement, column))"
                    case .text: return "\(name)=text:\(BundledSQLite.text(statement, column))"
                    case .blob:
                        return "\(name)=blob:" + BundledSQLite.blob(statement, column) { Array($0).map(String.init).joined(separator: ",") }
                    case .null: return "\(name)=null"
                    }
                })
            #expect(BundledSQLite.step(statement) == BundledSQLite.done, "\(Self.changed)")
            BundledSQLite.reset(statement)
        }
        // then
        #expect(prepared == BundledSQLite.ok)
        #expect(
            rows == [
                ["i=int:9223372036854775807", "f=float:2.5", "s=text:五华县 0", "b=blob:0,1,255", "n=null"],
                ["i=int:9223372036854775806", "f=float:2.5", "s=text:五华县 1", "b=blob:0,1,255", "n=null"],
            ], "\(Self.changed)")
    }

    @Test("errors come back as a status and SQLite's message")
    func reportsErrors() throws {
        let (_, opened) = BundledSQLite.open(":memory:")
        let handle = try #require(opened)
        defer { BundledSQLite.close(handle) }
        let (status, statement) = BundledSQLite.prepare(handle, "SELECT * FROM missing")
        #expect(status != BundledSQLite.ok && statement == nil)
        #expect(BundledSQLite.errorMessage(handle) == "no such table: missing", "\(Self.changed)")
    }

    @Test("no file but BundledSQLite.swift uses sqlite-nio's internal module")
    func oneFileUsesTheInternals() throws {
        let sources = Fixtures.packageRoot().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var users: [String] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.contains("VaporCSQLite") || text.contains("sqlite_nio_") { users.append(url.lastPathComponent) }
        }
        #expect(users == ["BundledSQLite.swift"], "sqlite-nio's internals belong in BundledSQLite.swift only")
    }
}
