/// The Chinese messages of framework validation, kept together.
enum FrameworkMessages {
    static func missing(_ field: String) -> String { "缺少必填项 \(field)（\(fieldLabel(field))）" }
    static func sumMismatch(children: ExactDecimal, max: ExactDecimal) -> String {
        "下级指标分值之和 \(children) 不等于本级分值 \(max)"
    }
    static func totalMismatch(sum: ExactDecimal, total: ExactDecimal) -> String {
        "一级指标分值之和 \(sum) 不等于总分 \(total)"
    }
    static let noIndicators = "指标体系没有任何指标"
    static let leafWithoutRule = "末级指标缺少评分规则（rule）"
    static let headingWithRule = "有下级指标的指标不能有评分规则（rule）"
    static let emptyName = "指标名称为空"
    static func duplicateID(_ id: String) -> String { "指标 id「\(id)」重复，每个指标的 id 必须唯一" }
    static func negativeMax(_ max: ExactDecimal) -> String { "分值 \(max) 不能为负数" }
    static func formulaSyntax(_ formula: String, column: Int, reason: String) -> String {
        "公式「\(formula)」第 \(column) 列有误：\(reason)"
    }
    static func unknownFigure(_ name: String, formula: String) -> String {
        "公式「\(formula)」使用了未知的数据项「\(name)」"
    }
    static let nonPositiveStep = "逐档扣分的步长（per）必须大于 0"
    static let negativeDeduct = "扣分值（deduct）不能为负数"
    static let qualitativeSide = "阈值的方向（side）不能为「定性」"
    static let noBands = "分档规则（bands）至少需要一档"
    static func bandScoreOverMax(_ score: ExactDecimal, max: ExactDecimal) -> String {
        "分档得分 \(score) 超过指标分值 \(max)"
    }
    static func bandEmpty(_ index: Int) -> String { "第 \(index) 档的下限大于上限（或两端都不含而相等），不含任何值" }
    static func bandsOverlap(_ first: Int, _ second: Int) -> String { "第 \(first) 档与第 \(second) 档的范围重叠" }
    static func bandsGap(_ first: Int, _ second: Int) -> String { "第 \(first) 档与第 \(second) 档之间有空缺，落在其间的值无法评分" }
    static let noChecklistItems = "清单规则（checklist）至少需要一项"
    static func checklistSum(_ sum: ExactDecimal, max: ExactDecimal) -> String {
        "清单各项分值之和 \(sum) 不等于指标分值 \(max)"
    }
    static let nonPositiveBreach = "每次扣分（perBreach）必须大于 0"
    static let fromTargetsWithChildren = "fromTargets 的指标由绩效目标填充，不能再写下级指标"
    static let qualitativeTarget = "按比例评分的方向不能为「定性」，定性指标请用 qualitative"

    static func fieldLabel(_ field: String) -> String {
        switch field {
        case "id": return "标识"
        case "title": return "标题"
        case "kind": return "类型"
        case "region": return "适用地区"
        case "year": return "适用年度"
        case "source": return "来源文件"
        case "name": return "指标名称"
        case "max": return "分值"
        default: return field
        }
    }
}
