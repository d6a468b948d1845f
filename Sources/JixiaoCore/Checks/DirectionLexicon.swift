/// Which targets are better low and which better high, from the words of their names
/// (`target.direction`).
public enum DirectionLexicon {
    /// Words naming something that should be small: costs, time, complaints, errors.
    public static let lessIsBetter: [String] = [
        "经费", "费用", "成本", "单价", "时间", "时限", "天数", "投诉", "差错", "事故",
        "支出", "耗时", "用时", "时长", "周期", "超标", "违规", "返工", "故障", "发生率", "错误率",
        "投诉率", "差错率", "超支", "损失", "结转率", "结余率",
    ]

    /// Rates that should be high.
    public static let moreIsBetter: [String] = [
        "完成率", "满意度", "满意率", "覆盖率", "达标率", "合格率", "办结率", "执行率",
        "及时率", "到位率", "知晓率", "验收率", "使用率", "利用率", "通过率", "参保率", "就业率",
        // A cost's saving or fall is to be high (采购成本节约率 ≥ 5%).
        "节约率", "降低率", "下降率", "压减率", "节支率",
    ]

    /// The word that makes `direction` wrong for an indicator named `name`, or nil.
    /// A lower bound (≥ ＞) on a less-is-better name, or an upper bound (≤ ＜) on a
    /// more-is-better rate, is wrong. More-is-better rates win over the less-is-better
    /// words they contain (资金支出执行率 is a rate to maximise).
    public static func conflict(name: String, direction: Direction) -> String? {
        if let more = moreIsBetter.first(where: { name.hasScalars($0) }) {
            return direction.isLowerBetter ? more : nil
        }
        if direction.isHigherBetter, let less = lessIsBetter.first(where: { name.hasScalars($0) }) {
            return less
        }
        return nil
    }
}
