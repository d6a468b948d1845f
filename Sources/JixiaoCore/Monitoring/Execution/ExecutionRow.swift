/// One row of budget execution as read and checked: the unit (and project) it belongs to,
/// the month and the amount executed, exactly in 万元.
public struct ExecutionRow: Sendable, Hashable {
    /// The row's number in its file (for messages).
    public var number: Int
    public var unitCode: String
    /// The project's name; nil for a row of the unit as a whole.
    public var project: String?
    public var year: Int
    public var month: Int
    /// 万元, converted exactly from the header's unit.
    public var amount: ExactDecimal

    public init(number: Int, unitCode: String, project: String?, year: Int, month: Int, amount: ExactDecimal) {
        self.number = number
        self.unitCode = unitCode
        self.project = project
        self.year = year
        self.month = month
        self.amount = amount
    }
}

/// What an import read: its rows when every row was good, and every problem found.
public struct ExecutionImport: Sendable, Hashable {
    public var file: String
    public var rows: [ExecutionRow]
    /// True when the amounts are executed totals up to their month (累计), not the month's own.
    public var cumulative: Bool
    /// Every problem, in row order; while one remains nothing may be applied.
    public var problems: [ExecutionProblem]

    public init(file: String, rows: [ExecutionRow], cumulative: Bool, problems: [ExecutionProblem]) {
        self.file = file
        self.rows = rows
        self.cumulative = cumulative
        self.problems = problems
    }

    /// True when nothing stops the import.
    public var isClean: Bool { problems.isEmpty }
}

/// One problem of an import, naming the file, the row and the field.
public struct ExecutionProblem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// nil for a problem of the whole file (no header, too large).
    public var row: Int?
    /// The column's header as written, when the problem is in one cell.
    public var field: String?
    public var message: String

    public init(file: String, row: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.row = row
        self.field = field
        self.message = message
    }

    /// 执行数.csv 第 5 行「执行数（元）」：金额「abc」不是有效的数值
    public var description: String {
        var text = file
        if let row { text += " 第 \(row) 行" }
        if let field { text += "「\(field)」" }
        return text + "：" + message
    }
}

/// A file that cannot be read at all is thrown as its one problem.
extension ExecutionProblem: Error {}
