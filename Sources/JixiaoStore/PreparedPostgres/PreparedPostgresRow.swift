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

    private static func decode<Value: PostgresDecodable>(_ cell: PostgresCell, as type: Value.Type) throws -> Value {
        try cell.decode(Value.self, context: .default)
    }
}
