/// Every message the web app shows, in one place.
enum WebText {
    static let appName = "绩效自评"
    static func frameworkMissing(_ id: String) -> String { "找不到指标体系 \(id)，暂不能计算得分。" }
    static func reportFormatUnknown(_ f: String) -> String { "不支持的报告格式“\(f)”，可选 html、docx、xlsx、md。" }
    static let reportUnavailable = "无法评分，暂不能生成报告。"
    static let loginFailed = "用户名或密码不正确。"
    static let csrfFailed = "表单已过期或来源不明，请刷新页面后重试。"
    static let forbidden = "您没有权限进行此操作。"
    static let notFound = "找不到该页面或评价。"
    static let signInRequired = "请先登录。"
    static let saved = "已保存。"
    static let submitted = "已提交。"
    static let merged = "已保存：在您编辑期间他人修改了其他项目，已与您的修改合并。"
    static let conflictField = "他人也修改了此项"
    /// At a field both changed: both values, so the user can choose.
    static func conflictField(theirs: String, mine: String) -> String {
        "\(conflictField)：已保存的是“\(theirs.isEmpty ? "（空）" : theirs)”，您填写的是“\(mine.isEmpty ? "（空）" : mine)”。"
    }
    /// The banner of a save refused for values that are not what their fields take.
    static func notSaved(_ fields: Int) -> String {
        "未保存：有 \(fields) 处填写有误，请按各项下方的提示修改后再保存。您填写的内容都已保留。"
    }
    /// The banner of a save refused for content out of bounds.
    static func notSavedBecause(_ reason: String) -> String { "未保存：\(reason) 您填写的内容都已保留。" }
    static let passwordChanged = "密码已修改。"
    static let passwordMismatch = "两次输入的新密码不一致。"
    static let passwordTooShort = "新密码至少 8 个字符。"
    static let passwordWrong = "当前密码不正确。"
    static let notEditable = "该评价已提交，不能再修改。"
    static let submitBlocked = "还有以下问题需要处理，暂不能提交："
    static let uploadUnsupported = "只支持 .txt、.md 和 .docx 文件。"
    static let uploadEmpty = "请选择要上传的报告文件。"
    static let frameworkUnknown = "未知的指标体系。"
    static let yearInvalid = "年度应为 2000 至 2100 之间的整数。"
    static let numberInvalid = "不是有效的数字"
    static let internalError = "服务器内部错误，请稍后再试。"
    /// The database cannot be reached for the moment (503, `Retry-After`).
    static let databaseUnavailable = "数据库暂时无法连接，请稍后再试；已保存的内容不会丢失。"

    /// Shown when a save loses a race with someone else's save.
    static func conflict(by user: String, version: Int) -> String {
        "保存未成功：该评价已被 \(user) 修改（现为第 \(version) 版）。您的输入保留在下方；对照后再次保存将以您的内容为准。"
    }
}
