/// The words of the Excel round trip (sheet names as the report writes them, messages).
enum WorkbookText {
    static let scoreSheet = "评分表"
    static let projectSheet = "自评表"
    static let targetsSheet = "绩效指标"
    static let figureSheets = ["收支情况", "人员情况", "其他数据"]
    static let fundsSheet = "项目资金"
    /// What the report writes where there is no value.
    static let noValue: Set<String> = ["未填报", "不适用", "无法计算", "—"]
    static let noDeviation = "无"
    static let selfScore = "自评得分"

    static func notNumber(_ what: String, _ text: String) -> String { "\(what)“\(text)”不是数字" }

    static func wrongRow(written: String, expected: String) -> String {
        "指标“\(written)”与本评价的指标体系不一致（此行应为“\(expected)”），请重新下载评分表后填写"
    }

    static func scoredFromTarget(_ name: String) -> String {
        "“\(name)”的得分按绩效目标的实际完成值计算，不能直接填写得分，请填写实际完成值"
    }

    static func unknownTarget(_ name: String) -> String { "绩效指标“\(name)”不是本评价的目标，请先在编辑页添加" }
    static func unknownFigure(_ label: String) -> String { "项目“\(label)”不是可填写的数据项" }
    static let noSheet = "工作簿中没有“评分表”“自评表”或“绩效指标”工作表：请上传从本评价下载的 Excel 文件"

    /// The banner when any cell could not be read.
    static func refused(_ errors: [String]) -> String {
        "Excel 评分表未导入，没有改动任何内容。以下 \(errors.count) 处无法读取：" + errors.joined(separator: "；")
    }

    static func imported(_ count: Int) -> String {
        count == 0 ? "Excel 评分表与当前内容相同，没有改动。" : "已从 Excel 评分表导入 \(count) 处改动，已保存。"
    }

    /// The page was loaded at an older version than the one saved now.
    static func conflict(by user: String, version: Int) -> String {
        "Excel 评分表未导入，没有改动任何内容：打开本页之后该评价已被 \(user) 修改（现为第 \(version) 版）。请刷新本页，重新下载 Excel 评分表填写后再上传。"
    }

    static let empty = "请选择要上传的 Excel 评分表（.xlsx）"
    static let tooLarge = "Excel 评分表超过 5 MB，未导入"
    static let notEditable = "只有草稿或被退回的评价可以导入 Excel 评分表"
    static let unscored = "本评价暂不能评分，无法对照评分表导入"
}
