/// Why a formula could not be read: a Chinese message and the 1-based
/// character column it points at.
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in Chinese (without the column).
    public var message: String
    /// 1-based character column of the problem in the formula text.
    public var column: Int

    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    /// `第 7 列：缺少右括号`.
    public var description: String { "第 \(column) 列：\(message)" }
}
