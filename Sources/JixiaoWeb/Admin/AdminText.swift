import JixiaoCore
import JixiaoStore

/// The messages of the administration pages (units, users, fiscal years, frameworks).
enum AdminText {
    // Units
    static let unitCreated = "单位已添加。"
    static let unitSaved = "单位已保存。"
    static let unitDeleted = "单位已删除。"
    static let unitInvalid = "单位编码和名称都不能为空，且编码不能重复。"
    static let unitCycle = "不能把本单位或其下级单位设为主管部门（会形成循环）。"
    static let parentUnknown = "所选主管部门不存在。"
    static func unitCodeInUse(_ evaluations: Int) -> String {
        "已有 \(evaluations) 个评价属于该单位，不能修改单位编码。"
    }
    static func unitInUse(_ usage: UnitUsage) -> String {
        "不能删除：该单位仍有 \(usage.evaluations) 个评价、\(usage.users) 个用户、\(usage.children) 个下级单位。"
    }

    // Users
    static let userCreated = "用户已添加。"
    static let userSaved = "用户已保存。"
    static let userInvalid = "用户名、姓名、角色、单位都须填写，密码至少 8 个字符，用户名不能重复。"
    static let userEditInvalid = "姓名、角色、单位都须填写，且单位须存在。"
    static let passwordReset = "密码已重置；该用户已登录的会话已结束，API 令牌已作废。"
    static let passwordTooShort = "新密码至少 8 个字符。"
    static let userDisabled = "用户已停用，其登录会话和 API 令牌已失效。"
    static let userEnabled = "用户已启用。"
    static let lastAdmin = "不能停用或降级最后一位在用的管理员。"
    static let accountDisabled = "该账号已停用，请联系管理员。"

    // Fiscal years
    static let yearAdded = "年度已添加。"
    static let yearSaved = "年度设置已保存。"
    static let yearExists = "该年度已存在。"
    static func defaultWrongKind(_ id: String, _ kind: EvaluationKind) -> String {
        "指标体系 \(id) 不是「\(kind.label)」类型，不能作为该类型的默认指标体系。"
    }
    static func yearUnknown(_ year: Int) -> String {
        "\(year) 年度尚未设立，不能新建评价；请联系管理员在「系统管理 › 年度」中添加。"
    }
    static func yearClosed(_ year: Int) -> String { "\(year) 年度已关闭填报，不能新建评价。" }
    static func draftYearClosed(_ year: Int) -> String {
        "\(year) 年度已关闭填报，草稿不能再修改或提交；如需补报，请联系管理员重新开放该年度。"
    }

    // Frameworks
    static let frameworkFileMissing = "请选择要上传的指标体系文件（.yaml、.yml、.json 或 .csv）。"
    static func frameworkTooLarge(_ limit: Int) -> String { "文件超过 \(limit / 1024) KB，请检查是否选错了文件。" }
    static func frameworkInvalid(_ count: Int) -> String { "指标体系文件有 \(count) 处错误，未保存。请修改后重新上传：" }
    static func frameworkUploaded(_ id: String, version: Int) -> String { "指标体系 \(id) 已保存（第 \(version) 版）。" }
    static func frameworkBuiltInID(_ id: String) -> String { "id「\(id)」是内置指标体系的 id，请在文件中改用其他 id。" }
    static func frameworkReplaceInUse(_ id: String, _ count: Int) -> String {
        "指标体系 \(id) 已被 \(count) 个评价使用，不能替换；请在文件中改用新的 id（如加上年份）后上传。"
    }
    static func frameworkInUse(_ count: Int) -> String { "不能删除：有 \(count) 个评价使用该指标体系。" }
    static func frameworkIsDefault(_ years: [Int]) -> String {
        "不能删除：它是 \(list(years)) 年度的默认指标体系，请先更改默认。"
    }
    static func frameworkKindOfDefault(_ years: [Int]) -> String {
        "它是 \(list(years)) 年度的默认指标体系，替换时不能改变类型，请先更改默认。"
    }
    private static func list(_ years: [Int]) -> String { years.map(String.init).joined(separator: "、") }
    static let frameworkBuiltInDelete = "内置指标体系不能删除。"
    static let frameworkDeleted = "指标体系已删除。"
}
