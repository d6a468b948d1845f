import JixiaoCore

/// The messages of the administration pages (units, users, fiscal years, frameworks).
enum AdminText {
    // Units
    static let unitCreated = "单位已添加。"
    static let unitSaved = "单位已保存。"
    static let unitDeleted = "单位已删除。"
    static let unitCodeMissing = "请填写单位编码。"
    static let unitNameMissing = "请填写单位名称。"
    static func unitCodeTaken(_ code: String) -> String { "单位编码「\(code)」已被其他单位使用，请换一个。" }
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
    static let userNotCreated = "用户未添加，请按标出的字段修改（密码须重新输入）。"
    static let userNotSaved = "用户未保存，请按标出的字段修改。"
    static let usernameMissing = "请填写用户名。"
    static let usernameInvalid = "用户名只能用英文字母、数字和 . _ -，不超过 64 个字符。"
    static func usernameTaken(_ name: String) -> String { "用户名「\(name)」已被使用，请换一个。" }
    static let displayNameMissing = "请填写姓名。"
    static let displayNameTooLong = "姓名不超过 100 个字。"
    static let roleMissing = "请选择角色。"
    static let unitMissing = "请选择单位。"
    static func unitUnknown(_ code: String) -> String { "所选单位（编码 \(code)）不存在，可能刚被删除，请重新选择。" }
    static let passwordReset = "密码已重置；该用户已登录的会话已结束，API 令牌已作废。"
    static let passwordTooShort = "密码至少 8 个字符。"
    static let passwordTooLong = "密码不超过 128 个字符。"
    static let passwordCommon = "密码过于简单（常见密码或同一字符重复），请换一个不易猜到的密码。"
    static let passwordHasUsername = "密码不能包含用户名。"
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
