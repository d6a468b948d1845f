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
        if let value = try common(column, as: T.self) { return value }
        guard let decodable = T.self as? any PostgresDecodable.Type else {
            throw ColumnError(column: column, reason: "\(T.self) is not a PostgreSQL value")
        }
        var cell = row[column]
        cell.format = .binary
        guard let value = try Self.decode(cell, as: decodable) as? T else {
            throw ColumnError(column: column, reason: "not a \(T.self)")
        }
        return value
    }

    /// The types the hot reads ask for, decoded without casting `T` to an existential metatype
    /// (a conformance lookup per cell, about a tenth of the list page's CPU); nil for any other type.
    private func common<T>(_ column: String, as type: T.Type) throws -> T? {
        if T.self == String.self { return try cell(column).decode(String.self, context: .default) as? T }
        if T.self == Int.self { return try cell(column).decode(Int.self, context: .default) as? T }
        if T.self == Int64.self { return try cell(column).decode(Int64.self, context: .default) as? T }
        if T.self == Date.self { return try cell(column).decode(Date.self, context: .default) as? T }
        if T.self == UUID.self { return try cell(column).decode(UUID.self, context: .default) as? T }
        if T.self == Bool.self { return try cell(column).decode(Bool.self, context: .default) as? T }
        return nil
    }

    /// The cell of `column`, read as binary (see the type's comment).
    private func cell(_ column: String) -> PostgresCell {
        var cell = row[column]
        cell.format = .binary
        return cell
    }

    private static func decode<Value: PostgresDecodable>(_ cell: PostgresCell, as type: Value.Type) throws -> Value {
        try cell.decode(Value.self, context: .default)
    }
}
