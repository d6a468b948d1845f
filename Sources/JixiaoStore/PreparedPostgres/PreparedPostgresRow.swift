import Foundation
import PostgresNIO
import SQLKit

/// A row of a statement run by `PreparedPostgresDatabase`, decoded by PostgresNIO's own decoders.
/// PostgresNIO's `prepare(query:)` keeps the formats the statement's description gave (text) although
/// every execution asks for, and gets, binary values; so each cell is read as binary here.
struct PreparedPostgresRow: SQLRow {
    let row: PostgresRandomAccessRow

    struct ColumnError: Error, CustomStringConvertible {
        var column: String
        var reason: String
        var description: String { "column \(column): \(reason)" }
    }

    var allColumns: [String] { row.map(\.columnName) }

    func contains(column: String) -> Bool { row.contains(column) }

    func decodeNil(column: String) throws -> Bool { !row.contains(column) || row[column].bytes == nil }

    func decode<T: Decodable>(column: String, as type: T.Type) throws -> T {
        guard row.contains(column) else { throw ColumnError(column: column, reason: "not in the row") }
        return try Self.decode(Self.binary(row[column]), as: T.self)
    }

    /// The types the hot reads ask for, decoded without casting `T` to an existential metatype
    /// (a conformance lookup per cell, about a tenth of the list page's CPU); nil for any other type.
    private static func common<T>(_ cell: PostgresCell, as type: T.Type) throws -> T? {
        if T.self == String.self { return try cell.decode(String.self, context: .default) as? T }
        if T.self == Int.self { return try cell.decode(Int.self, context: .default) as? T }
        if T.self == Int64.self { return try cell.decode(Int64.self, context: .default) as? T }
        if T.self == Date.self { return try cell.decode(Date.self, context: .default) as? T }
        if T.self == UUID.self { return try cell.decode(UUID.self, context: .default) as? T }
        if T.self == Bool.self { return try cell.decode(Bool.self, context: .default) as? T }
        return nil
    }

    private static func decode<T: Decodable>(_ cell: PostgresCell, as type: T.Type) throws -> T {
        if let value = try common(cell, as: T.self) { return value }
        guard let decodable = T.self as? any PostgresDecodable.Type else {
            throw ColumnError(column: cell.columnName, reason: "\(T.self) is not a PostgreSQL value")
        }
        guard let value = try Self.decodeValue(cell, as: decodable) as? T else {
            throw ColumnError(column: cell.columnName, reason: "not a \(T.self)")
        }
        return value
    }

    /// `cell` read as binary (see the type's comment).
    private static func binary(_ cell: PostgresCell) -> PostgresCell {
        var cell = cell
        cell.format = .binary
        return cell
    }

    private static func decodeValue<Value: PostgresDecodable>(_ cell: PostgresCell, as type: Value.Type) throws -> Value {
        try cell.decode(Value.self, context: .default)
    }
}

extension PreparedPostgresRow: PositionalSQLRow {
    func position(of column: String) -> Int? { row.firstIndex { $0.columnName == column } }

    func decodeNil(at position: Int) throws -> Bool { row[position].bytes == nil }

    func decode<T: Decodable>(at position: Int, as type: T.Type) throws -> T {
        try Self.decode(Self.binary(row[position]), as: T.self)
    }
}
