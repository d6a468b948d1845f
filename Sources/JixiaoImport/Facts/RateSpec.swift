/// Which words name the numerator and the denominator of a known rate, so a stated
/// rate can be checked against the counts its own sentence gives.
struct RateSpec: Sendable {
    var suffix: [Unicode.Scalar]
    var numeratorCues: [[Unicode.Scalar]]
    var denominatorCues: [[Unicode.Scalar]]

    init(_ suffix: String, numerator: [String], denominator: [String]) {
        self.suffix = Array(suffix.unicodeScalars)
        numeratorCues = numerator.map { Array($0.unicodeScalars) }
        denominatorCues = denominator.map { Array($0.unicodeScalars) }
    }

    static let all: [RateSpec] = [
        RateSpec("办结率", numerator: ["办结数", "办结", "已办结"], denominator: ["受理", "总办件", "收到", "接收"]),
        RateSpec("完成率", numerator: ["已完成", "完成数", "完成"], denominator: ["总数", "计划", "需完成", "应完成", "任务数"]),
        RateSpec("执行率", numerator: ["执行数", "支出", "执行", "使用"], denominator: ["预算数", "预算", "下达", "到位"]),
        RateSpec("控制率", numerator: ["在职", "实有", "在编"], denominator: ["编制"]),
        RateSpec("覆盖率", numerator: ["已满足", "已覆盖", "覆盖"], denominator: ["共", "总", "全部"]),
        RateSpec("满意率", numerator: ["满意"], denominator: ["调查", "发放", "回收", "参与", "受访"]),
        RateSpec("合格率", numerator: ["合格"], denominator: ["抽检", "检查", "检测", "总"]),
        RateSpec("达标率", numerator: ["达标"], denominator: ["检查", "检测", "总"]),
        RateSpec("到位率", numerator: ["到位"], denominator: ["计划", "预算", "下达"]),
    ]

    static func spec(forName name: [Unicode.Scalar]) -> RateSpec? {
        all.first { name.count >= $0.suffix.count && name.suffix($0.suffix.count).elementsEqual($0.suffix) }
    }
}
