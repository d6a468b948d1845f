/// Reads a budget execution export for one fiscal year and checks every row: the unit code
/// against the unit directory, the month inside the year, the amount a non-negative number
/// (converted exactly to 万元), no two rows for the same unit, project and month. Every
/// problem is listed with its file, row and field; the rows come back only when there is none.
public enum ExecutionParser {
    /// `knownUnits` are the unit codes of the directory.
    public static func read(_ sheet: ExecutionSheet, fiscalYear: Int, knownUnits: Set<String>) -> ExecutionImport {
        let file = sheet.file
        func failed(_ problems: [ExecutionProblem]) -> ExecutionImport {
            ExecutionImport(file: file, rows: [], cumulative: false, problems: problems)
        }
        let filled = sheet.rows.filter { !$0.isBlank }
        guard !filled.isEmpty else { return failed([ExecutionProblem(file: file, message: ExecutionMessages.empty)]) }
        if filled.count > ExecutionRules.maxRows + ExecutionRules.headerSearchRows {
            return failed([ExecutionProblem(file: file, message: ExecutionMessages.tooManyRows(ExecutionRules.maxRows))])
        }
        var columns: ExecutionColumns?
        for row in filled.prefix(ExecutionRules.headerSearchRows) {
            do {
                if let found = try ExecutionColumns.read(row) {
                    columns = found
                    break
                }
            } catch {
                return failed([ExecutionProblem(file: file, row: row.number, field: error.field, message: error.message)])
            }
        }
        guard let columns else { return failed([ExecutionProblem(file: file, message: ExecutionMessages.noHeader)]) }
        var reader = RowReader(file: file, fiscalYear: fiscalYear, knownUnits: knownUnits, columns: columns)
        for row in filled where row.number > columns.header {
            reader.read(row)
        }
        return ExecutionImport(
            file: file, rows: reader.problems.isEmpty ? reader.rows : [], cumulative: columns.cumulative,
            problems: reader.problems)
    }

    /// Reads the data rows one by one, keeping the problems and the first row of each key.
    struct RowReader {
        let file: String
        let fiscalYear: Int
        let knownUnits: Set<String>
        let columns: ExecutionColumns
        var rows: [ExecutionRow] = []
        var problems: [ExecutionProblem] = []
        var seen: [String: Int] = [:]

        mutating func read(_ row: ExecutionSheet.Row) {
            if row.cells.count > ExecutionRules.maxColumns {
                problems.append(
                    ExecutionProblem(file: file, row: row.number, message: ExecutionMessages.tooManyColumns(ExecutionRules.maxColumns)))
                return
            }
            let code = row[columns.unitCode]
            if isTotal(row) { return }
            let before = problems.count
            func problem(_ column: Int?, _ message: String) {
                problems.append(ExecutionProblem(file: file, row: row.number, field: column.map(columns.title), message: message))
            }
            if code.isEmpty {
                problem(columns.unitCode, ExecutionMessages.noUnitCode)
            } else if !knownUnits.contains(code) {
                problem(columns.unitCode, ExecutionMessages.unknownUnit(code))
            }
            let monthText = row[columns.month]
            var year: Int?, month: Int?
            if let parsed = ExecutionMonth(monthText) {
                month = parsed.month
                year = parsed.year
                if year == nil, let yearColumn = columns.year, !row[yearColumn].isEmpty {
                    let text = row[yearColumn].replacingOccurrences(of: "年", with: "")
                    if let value = Int(HalfWidth.fold(text).trimmedSpaces), (1900...2999).contains(value) {
                        year = value
                    } else {
                        problem(yearColumn, ExecutionMessages.badYear(row[yearColumn]))
                    }
                }
                if let y = year, y != fiscalYear {
                    problem(columns.month, ExecutionMessages.outsideYear(year: y, month: parsed.month, fiscalYear: fiscalYear))
                }
            } else {
                problem(columns.month, ExecutionMessages.badMonth(monthText))
            }
            let amountText = row[columns.amount]
            var amount: ExactDecimal?
            switch ExecutionAmount.parse(amountText, inYuan: columns.inYuan) {
            case .success(let value): amount = value
            case .failure(.unreadable): problem(columns.amount, ExecutionMessages.badAmount(amountText))
            case .failure(.negative): problem(columns.amount, ExecutionMessages.negative(amountText))
            case .failure(.tooPrecise(let places)):
                problem(columns.amount, ExecutionMessages.tooPrecise(amountText, places: places, unit: columns.inYuan ? "元" : "万元"))
            case .failure(.tooBig): problem(columns.amount, ExecutionMessages.tooBig(amountText))
            }
            let projectText = columns.project.map { row[$0] } ?? ""
            let project = projectText.isEmpty ? nil : projectText
            guard problems.count == before, let month, let amount else { return }
            let key = "\(code)\u{1F}\(project ?? "")\u{1F}\(month)"
            if let first = seen[key] {
                problem(nil, ExecutionMessages.duplicate(row: first))
                return
            }
            seen[key] = row.number
            rows.append(
                ExecutionRow(number: row.number, unitCode: code, project: project, year: year ?? fiscalYear, month: month, amount: amount))
        }

        func isTotal(_ row: ExecutionSheet.Row) -> Bool {
            guard let first = row.cells.map({ $0.trimmedSpaces }).first(where: { !$0.isEmpty }) else { return false }
            return ExecutionRules.totalWords.contains { first.hasPrefix($0) }
        }
    }
}
