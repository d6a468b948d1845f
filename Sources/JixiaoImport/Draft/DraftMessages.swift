import JixiaoCore

/// The Chinese notices of a report read into a draft, in one place.
enum DraftMessages {
    /// Years a report's own year is taken from (outside: a misread number, the form's year stays).
    static let years = 2000...2100

    static func yearFromReport(report: Int, chosen: Int) -> String {
        "报告所写年度为 \(report) 年，与所选的 \(chosen) 年不同：草稿按报告记为 \(report) 年度。"
    }

    static func scoreOverMax(_ name: String, score: ExactDecimal, max: ExactDecimal) -> String {
        "报告中“\(name)”的得分 \(score) 分超过分值 \(max) 分，未填入草稿，请核对。"
    }

    static func figureOutOfRange(_ label: String, _ value: ExactDecimal) -> String {
        "报告中“\(label)”的数值 \(value) 超出可填范围，未填入草稿，请核对。"
    }

    static func scoresNotMatched(_ names: [String]) -> String {
        "以下得分在指标体系中找不到对应的指标，未填入草稿：" + names.joined(separator: "、") + "。"
    }

    static func wholeText(_ filename: String) -> String { "上传的报告全文（\(filename)）" }

    static func truncated(characters: Int, lines: Int) -> String {
        "（全文过长，以下 \(characters) 字、约 \(lines) 行未保存；请以上传的原文件为准。）"
    }
}
