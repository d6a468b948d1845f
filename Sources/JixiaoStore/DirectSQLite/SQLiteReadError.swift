/// A failed direct SQLite read.
struct SQLiteReadError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
