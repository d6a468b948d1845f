import JixiaoCore

/// The texts of the budget execution import page.
enum ExecutionText {
    static let title = "导入预算执行数"
    static let unknownDate = "请选择该年度的一个监控日期（由管理员在「监控日期」中设置）。"
    static let noFile = "请选择要导入的文件（.csv 或 .xlsx）。"
    static let nothingToApply = "没有要导入的变更。"
    static let badChange = "导入内容无效，请重新上传文件预览。"
    static let conflict = "预览之后有运行监控表被修改，未导入任何数据；请重新上传文件预览。"
    static let locked = "已提交，不更新"
    static let unchanged = "无变化"
    static let help =
        "文件须有表头：单位编码、月份（2025-07 或 1–12，另有年度列时按其年度）、执行金额（表头注明（元）或（万元）；表头含「累计」时为截至该月的累计数），"
        + "可有项目名称。单位的监控表取该单位所有行，项目的监控表取该项目的行；只计截至日期所在月及以前的月份。有任何问题时不导入任何数据。"

    static func applied(_ count: Int) -> String { "已更新 \(count) 份运行监控表的已执行数。" }

    static func unused(_ row: ExecutionRow, file: String) -> String {
        "\(file) 第 \(row.number) 行：单位编码「\(row.unitCode)」\(row.project.map { "项目「\($0)」" } ?? "")在该截至日期没有运行监控表，未使用"
    }
}
