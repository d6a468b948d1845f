import SQLKit

/// A row whose cells are read by position. A list reads hundreds of cells a request; finding each
/// by its column's name hashed the name once or twice per cell. The hot reads look their columns'
/// positions up once per statement (`ColumnPositions`) and read every row by them.
protocol PositionalSQLRow {
    /// Where `column` is in the row, nil when it is not.
    func position(of column: String) -> Int?
    /// Whether the cell at `position` is NULL.
    func decodeNil(at position: Int) throws -> Bool
    /// The cell at `position` as a `T`.
    func decode<T: Decodable>(at position: Int, as type: T.Type) throws -> T
}

/// Any `SQLRow` read by position: position `i` is the `i`-th of the names it was made with
/// (for rows of other databases, read inside a transaction or through Fluent).
struct NamedSQLRow: PositionalSQLRow {
    let row: any SQLRow
    let names: [String]

    func position(of column: String) -> Int? { names.firstIndex(of: column) }
    func decodeNil(at position: Int) throws -> Bool { try row.decodeNil(column: names[position]) }
    func decode<T: Decodable>(at position: Int, as type: T.Type) throws -> T {
        try row.decode(column: names[position], as: T.self)
    }
}

/// The positions of `names` in the rows of one statement, found in its first row.
struct ColumnPositions {
    let positions: [Int]

    struct Missing: Error, CustomStringConvertible {
        var column: String
        var description: String { "column \(column) not in the row" }
    }

    init(_ names: [String], in row: some PositionalSQLRow) throws {
        positions = try names.map { name in
            guard let position = row.position(of: name) else { throw Missing(column: name) }
            return position
        }
    }

    /// Positions `0..<count`, for a `NamedSQLRow` made with the names.
    init(identity count: Int) { positions = Array(0..<count) }

    /// The position of the `index`-th name.
    subscript(index: Int) -> Int { positions[index] }
}
