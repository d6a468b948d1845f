/// The Chinese messages of the declaration checks, kept together. Each shows the row, the
/// values and the arithmetic so a reviewer can verify it by hand.
public enum DeclarationMessages {
    static func num(_ value: ExactDecimal) -> String { value.description }

    static func row(_ index: Int, _ name: String) -> String {
        name.trimmedSpaces.isEmpty ? "第 \(index + 1) 行指标" : "第 \(index + 1) 行指标「\(name)」"
    }

    static func required(row index: Int, name: String, missing: [String]) -> String {
        "\(row(index, name))缺少\(missing.joined(separator: "、"))"
    }

    static func placeholder(row index: Int, name: String, text: String) -> String {
        let shown = text.trimmedSpaces.isEmpty ? "指标值为空" : "指标值「\(text)」是占位符"
        return "\(row(index, name))的\(shown)，应填写具体的目标值"
    }

    static func duplicate(name: String, rows: [Int]) -> String {
        "指标「\(name)」重复：第 \(rows.map { String($0 + 1) }.joined(separator: "、")) 行同名"
    }

    static func weightNotPositive(row index: Int, name: String, score: ExactDecimal) -> String {
        "\(row(index, name))的分值 \(num(score)) 分不大于 0"
    }

    static func weightTotal(scores: [ExactDecimal], sum: ExactDecimal, allowed: [ExactDecimal]) -> String {
        let terms = scores.map(num).joined(separator: " + ")
        let options = allowed.map { "\(num($0)) 分" }.joined(separator: "或 ")
        return "各指标分值之和 \(terms) = \(num(sum)) 分，应为 \(options)"
    }

    static func dimensions(missing: [String], present: [String]) -> String {
        let have = present.isEmpty ? "现无任何一级指标" : "现有：\(present.joined(separator: "、"))"
        return "缺少\(missing.joined(separator: "、"))：绩效指标应至少各有一行产出、效益和满意度指标（\(have)）"
    }

    static func periodOrder(start: CalendarDate, end: CalendarDate) -> String {
        "实施期开始日期 \(start.chinese) 晚于结束日期 \(end.chinese)"
    }

    static func timeAfterEnd(row index: Int, name: String, date: CalendarDate, end: CalendarDate, endIsYear: Bool) -> String {
        let what = endIsYear ? "年度结束" : "实施期结束日期"
        return "\(row(index, name))的完成时限 \(date.chinese) 晚于\(what) \(end.chinese)"
    }

    static func costLevel(name: String, level: String, direction: Direction) -> String {
        "「\(name)」属于\(level)，应越低越好，却设为下限（\(direction.rawValue)）；应使用 ≤ 或 ＜"
    }

    static func qualitativeLevel(level: String) -> String {
        "定量的指标值（属于\(level)，却设为定性）"
    }

    static func nonNumeric(text: String) -> String {
        "数值型的年度指标值（现为「\(text)」）"
    }

    static func percentOver(row index: Int, name: String, value: ExactDecimal, ceiling: ExactDecimal) -> String {
        "\(row(index, name))的计量单位为 %，目标值 \(num(value))% 超过 \(num(ceiling))%"
    }

    static func rateNegative(row index: Int, name: String, value: ExactDecimal) -> String {
        "\(row(index, name))是比率，目标值 \(num(value)) 小于 0"
    }

    static func regression(
        row index: Int, name: String, target: ExactDecimal, previous: ExactDecimal,
        unit: String?, higherBetter: Bool
    ) -> String {
        let u = unit.map { $0.trimmedSpaces == "%" ? "%" : " \($0)" } ?? ""
        return higherBetter
            ? "\(row(index, name))越高越好，目标值 \(num(target))\(u) 低于上年实际完成值 \(num(previous))\(u)（低 \(num(previous - target))）"
            : "\(row(index, name))越低越好，目标值 \(num(target))\(u) 高于上年实际完成值 \(num(previous))\(u)（高 \(num(target - previous))）"
    }

    static func coreMissing(sector: String, indicator: LibraryIndicator) -> String {
        let levels = indicator.levels.isEmpty ? "" : "（\(indicator.levels.joined(separator: " › "))）"
        return "指标库中行业「\(sector)」的必选指标「\(indicator.name)」\(levels)未列入绩效指标"
    }

    /// `target.changed`: a field of an accepted target changed in the self-evaluation.
    static func changedInEvaluation(_ name: String, field: String, declared: String, evaluation: String) -> String {
        let shown = evaluation.trimmedSpaces.isEmpty ? "为空" : "为「\(evaluation)」"
        return "指标「\(name)」的\(field)与已批准的绩效目标申报表不一致：申报表为「\(declared)」，自评表\(shown)；"
            + "改动已批准的目标须先提交「调整」并经财政审核通过"
    }

    /// `target.changed`: a target of the self-evaluation that the accepted declaration lacks.
    static func undeclared(_ name: String) -> String {
        "指标「\(name)」不在已批准的绩效目标申报表中；增加目标须先提交「调整」并经财政审核通过"
    }

    /// `target.changed`: an accepted target left out of the self-evaluation.
    static func leftOut(_ name: String) -> String {
        "已批准的绩效目标申报表中的指标「\(name)」在自评表中缺失"
    }
}
