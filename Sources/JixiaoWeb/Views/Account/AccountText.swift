/// Messages of sign-in, password and API token pages.
enum AccountText {
    /// The pair (user name, this client) must wait before trying again.
    static func loginThrottled(seconds: Int) -> String {
        let wait = seconds >= 60 ? "\((seconds + 59) / 60) 分钟" : "\(seconds) 秒"
        return "登录失败次数过多，请 \(wait)后再试。"
    }
    static let passwordChanged = "密码已修改。其他设备上的登录已退出，全部 API 令牌已作废。"
    static let tokenRevoked = "令牌已作废。"
    static let tokenUnknown = "找不到该令牌。"
    static let noTokens = "还没有令牌。"
    static let neverUsed = "从未使用"
}
