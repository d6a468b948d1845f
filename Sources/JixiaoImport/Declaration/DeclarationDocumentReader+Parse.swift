import JixiaoCore

extension DeclarationDocumentReader {
    /// The reading of one document: its lines and the line found for each field.
    struct Parse {
        let texts: [String]
        var lines: [String: Int] = [:]

        init(texts: [String]) { self.texts = texts }

        /// The header fields (`标签：值` lines) and the two goals.
        mutating func readFields(into declaration: inout TargetDeclaration) {
            for (index, text) in texts.enumerated() where !text.contains("\t") {
                guard let (label, value) = Self.field(text) else {
                    readGoal(at: index, into: &declaration)
                    continue
                }
                switch label {
                case "单位名称", "申报单位", "部门名称", "单位", "实施单位", "预算单位":
                    if declaration.unit.isEmpty { declaration.unit = value; lines["unit"] = index + 1 }
                case "年度", "预算年度":
                    if let year = Int(HalfWidth.fold(value).filter { $0.isASCII && $0.isNumber }), (1900...2199).contains(year) {
                        declaration.fiscalYear = year
                        lines["fiscalYear"] = index + 1
                    }
                case "项目名称": declaration.project = value; lines["project"] = index + 1
                case "项目属性": declaration.projectAttribute = value
                case "行业", "所属行业": declaration.sector = value
                case "实施期", "项目实施期", "实施周期": readPeriod(value, line: index + 1, into: &declaration)
                case "总体目标", "中长期目标": declaration.overallGoal = value
                case "年度目标", "年度绩效目标": declaration.annualGoal = value
                default: break
                }
            }
        }

        /// A heading 总体目标 / 年度目标 takes the next line of text as the goal.
        mutating func readGoal(at index: Int, into declaration: inout TargetDeclaration) {
            let text = texts[index].filter { !$0.isWhitespace }
            guard text.count <= 10, index + 1 < texts.count else { return }
            let next = texts[(index + 1)...].first { !$0.trimmedSpaces.isEmpty }?.trimmedSpaces
            guard let next, !next.contains("\t"), Self.field(next) == nil, !next.hasSuffix("目标") else { return }
            if text.contains("总体目标") { declaration.overallGoal = next } else if text.contains("年度目标") { declaration.annualGoal = next }
        }

        mutating func readPeriod(_ value: String, line: Int, into declaration: inout TargetDeclaration) {
            lines["period"] = line
            lines["period.start"] = line
            lines["period.end"] = line
            for separator in ["至", "到", "～", "~", "—"] where value.contains(separator) {
                let parts = value.components(separatedBy: separator).map(\.trimmedSpaces)
                guard parts.count == 2, let start = CalendarDate(parts[0]), let end = CalendarDate(parts[1]),
                    start.isValid, end.isValid
                else { return }
                declaration.period = DeclarationPeriod(start: start, end: end)
                return
            }
        }

        /// `标签：值` with a short label and a value; nil otherwise.
        static func field(_ text: String) -> (String, String)? {
            guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
            let label = text[..<colon].filter { !$0.isWhitespace }
            let value = String(text[text.index(after: colon)...]).trimmedSpaces
            guard (1...8).contains(label.count), !value.isEmpty else { return nil }
            return (String(label), value)
        }
    }
}
