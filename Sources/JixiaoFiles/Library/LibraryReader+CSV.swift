import JixiaoCore

extension LibraryReader {
    /// The columns of a library table by header (Chinese as exported from Excel, or the YAML keys).
    static let columns: [String: String] = [
        "一级指标": "level1", "二级指标": "level2", "三级指标": "name", "指标名称": "name", "name": "name",
        "指标性质": "direction", "指标方向": "direction", "direction": "direction",
        "计量单位": "unit", "度量单位": "unit", "unit": "unit",
        "参考值": "reference", "指标值": "reference", "reference": "reference",
        "行业": "sector", "sector": "sector", "资金用途": "fundUse", "fundUse": "fundUse",
        "必选": "required", "是否必选": "required", "required": "required",
        "别名": "aliases", "aliases": "aliases", "备注": "note", "note": "note",
        "level1": "level1", "level2": "level2",
    ]

    /// Reads a CSV library: a header row, then one indicator a row. 别名 may hold several names split by 、 or ；.
    public static func readCSV(text: String, file: String) throws(FileError) -> LoadedLibrary {
        let records = CSVTable.parse(text).filter { !$0.isBlank }
        guard let header = records.first else { throw FileError(.invalid, file: file, message: DeclarationFileMessages.csvEmpty) }
        var index: [String: Int] = [:]
        var warnings: [FileProblem] = []
        for (position, cell) in header.cells.enumerated() {
            let title = cell.trimmedCell.replacingOccurrences(of: " ", with: "")
            if let key = columns[title] {
                if index[key] == nil { index[key] = position }
            } else if !title.isEmpty {
                warnings.append(
                    FileProblem(
                        file: file, line: header.line, severity: .warning,
                        message: DeclarationFileMessages.csvUnknownColumn(title)))
            }
        }
        let missing = [("level1", "一级指标"), ("level2", "二级指标"), ("name", "三级指标")].filter { index[$0.0] == nil }
        if !missing.isEmpty {
            throw FileError(
                .invalid,
                [
                    FileProblem(
                        file: file, line: header.line,
                        message: DeclarationFileMessages.csvMissingColumns(missing.map(\.1)))
                ])
        }
        var problems: [FileProblem] = []
        var indicators: [LibraryIndicator] = []
        for record in records.dropFirst() {
            func cell(_ key: String) -> String? { index[key].map { record[$0] } }
            let aliases = (cell("aliases") ?? "").split(whereSeparator: { "、；;".contains($0) }).map(String.init)
            let row = LibraryRowDocument(
                levels: [cell("level1") ?? "", cell("level2") ?? ""], name: cell("name"),
                direction: cell("direction"), unit: cell("unit"), reference: cell("reference"),
                sector: cell("sector"), fundUse: cell("fundUse"), required: cell("required"),
                aliases: aliases, note: cell("note"))
            let indicator = row.indicator(defaultSector: nil) { _, message in
                problems.append(FileProblem(file: file, line: record.line, message: message))
            }
            if let indicator { indicators.append(indicator) }
        }
        if !problems.isEmpty { throw FileError(.invalid, problems) }
        return LoadedLibrary(library: IndicatorLibrary(indicators), warnings: warnings)
    }
}
