/// Which cell of an indicator table row holds what, found from the header row by its wording
/// (一级指标, 二级指标, 三级指标/指标名称, 指标性质/指标方向, 指标值/目标值, 计量单位, 分值/权重,
/// 指标解释/指标值说明, 评（扣）分标准).
struct IndicatorColumns: Equatable {
    var level1: Int
    var level2: Int?
    var name: Int
    var target: Int
    var direction: Int?
    var unit: Int?
    var score: Int?
    var explanation: Int?
    var standard: Int?

    /// The columns of `header`, or nil when it is not the header of an indicator table.
    init?(_ header: [String]) {
        var found: [String: Int] = [:]
        for (index, raw) in header.enumerated() {
            let cell = raw.filter { !$0.isWhitespace }
            let key: String?
            if cell.contains("一级") {
                key = "level1"
            } else if cell.contains("二级") {
                key = "level2"
            } else if cell.contains("三级") || cell == "指标名称" {
                key = "name"
            } else if cell.contains("解释") || cell.contains("说明") {
                key = "explanation"
            } else if cell.contains("评") && cell.contains("标准") {
                key = "standard"
            } else if cell.contains("指标值") || cell.contains("目标值") {
                key = "target"
            } else if cell.contains("性质") || cell.contains("方向") {
                key = "direction"
            } else if cell.contains("单位") {
                key = "unit"
            } else if cell.contains("分值") || cell.contains("权重") {
                key = "score"
            } else {
                key = nil
            }
            if let key, found[key] == nil { found[key] = index }
        }
        guard let level1 = found["level1"], let name = found["name"], let target = found["target"] else { return nil }
        self.level1 = level1
        self.name = name
        self.target = target
        level2 = found["level2"]
        direction = found["direction"]
        unit = found["unit"]
        score = found["score"]
        explanation = found["explanation"]
        standard = found["standard"]
    }
}
