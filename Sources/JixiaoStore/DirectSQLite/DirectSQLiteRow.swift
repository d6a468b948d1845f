import Foundation
import SQLKit
import SQLiteKit

/// A row read by `SQLiteReadConnection`. The column types the lists read (text, integers,
/// booleans, dates, UUIDs, optionals of these) are converted directly, as SQLiteKit would;
/// anything else goes through SQLiteKit's own decoder.
struct DirectSQLiteRow: SQLRow {
    /// The column names of one statement, shared by its rows.
    final class Columns: Sendable {
        let names: [String]
        private let indexes: [String: Int]

        init(_ names: [String]) {
            self.names = names
            indexes = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }

        func index(of name: String) -> Int? { indexes[name] }
    }

    let columns: Columns
    let values: [SQLiteData]

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool { columns.index(of: column) != nil }

    func decodeNil(column: String) throws -> Bool { try value(column).isNull }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        try Self.decode(try value(column), as: D.self)
    }

    private static func decode<D: Decodable>(_ data: SQLiteData, as type: D.Type) throws -> D {
        // The generic decoder casts dynamically and looks up metadata for every value: a list
        // page decodes hundreds, so the common types are converted here. `unsafeBitCast` only
        // after checking `D` is exactly that type; compared by identity against types looked up
        // once, and with no `D?` anywhere (naming an optional type looks its metadata up each call).
        let wanted = ObjectIdentifier(D.self)
        switch data {
        case .text(let text) where wanted == Known.string: return unsafeBitCast(text, to: D.self)
        case .text(let text) where wanted == Known.optionalString: return unsafeBitCast(Optional(text), to: D.self)
        case .integer(let number) where wanted == Known.int: return unsafeBitCast(Int(number), to: D.self)
        case .integer(let number) where wanted == Known.optionalInt: return unsafeBitCast(Optional(Int(number)), to: D.self)
        case .integer(let number) where wanted == Known.bool: return unsafeBitCast(number != 0, to: D.self)
        case .null where wanted == Known.optionalString: return unsafeBitCast(String?.none, to: D.self)
        case .null where wanted == Known.optionalInt: return unsafeBitCast(Int?.none, to: D.self)
        default: break
        }
        if wanted == Known.date, let date = Date(sqliteData: data) { return unsafeBitCast(date, to: D.self) }
        return try decoder.decode(D.self, from: data)
    }

    private func value(_ column: String) throws -> SQLiteData {
        guard let index = columns.index(of: column) else {
            throw DecodingError.valueNotFound(SQLiteData.self, .init(codingPath: [], debugDescription: "没有列 \(column)"))
        }
        return values[index]
    }

    private enum Known {
        static let string = ObjectIdentifier(String.self)
        static let optionalString = ObjectIdentifier(String?.self)
        static let int = ObjectIdentifier(Int.self)
        static let optionalInt = ObjectIdentifier(Int?.self)
        static let bool = ObjectIdentifier(Bool.self)
        static let date = ObjectIdentifier(Date.self)
    }

    private static let decoder = SQLiteDataDecoder()
}

extension DirectSQLiteRow: PositionalSQLRow {
    func position(of column: String) -> Int? { columns.index(of: column) }

    func decodeNil(at position: Int) throws -> Bool { values[position].isNull }

    func decode<D: Decodable>(at position: Int, as type: D.Type) throws -> D { try Self.decode(values[position], as: D.self) }
}
