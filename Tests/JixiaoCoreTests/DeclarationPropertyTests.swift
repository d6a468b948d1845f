import PropertyBased
import Testing

@testable import JixiaoCore

/// Random edits of the clean declaration: the checker never traps, every finding is a catalogue
/// rule at a field of the declaration, and the clean rows stay clean.
@Suite struct DeclarationPropertyTests {
    static let texts = [
        "待定", "*", "", "95", "-3", "120", "2026年3月31日前", "2025-02-30", "有效提升", "9999999999999999999",
        "0", "达成年度指标", "2025年底前", "1,000", "x",
    ]
    static let levels = [
        ["产出指标", "数量指标"], ["产出指标", "时效指标"], ["成本指标", "经济成本指标"], ["效益指标", "社会效益指标"],
        ["满意度指标", "服务对象满意度指标"], ["产出指标"], [], ["", ""],
    ]
    static let names = ["热线受理量", "投诉处理时长", "运维费用", "群众满意度", "", "热线受理量", "办结率"]

    /// The clean declaration with one edit per number.
    static func edited(_ numbers: [Int]) -> TargetDeclaration {
        var declaration = DeclarationFixtures.clean()
        for number in numbers {
            let pick = Int(number.magnitude)
            let index = pick % declaration.rows.count
            switch pick % 7 {
            case 0:
                let text = texts[pick / 7 % texts.count]
                declaration.rows[index].target.targetValue = ExactDecimal(text)
                declaration.rows[index].target.targetText = ExactDecimal(text) == nil ? text : nil
            case 1: declaration.rows[index].target.direction = Direction.allCases[pick / 7 % Direction.allCases.count]
            case 2: declaration.rows[index].target.levels = levels[pick / 7 % levels.count]
            case 3: declaration.rows[index].target.name = names[pick / 7 % names.count]
            case 4: declaration.rows[index].target.maxScore = number % 3 == 0 ? nil : ExactDecimal(number % 40)
            case 5: declaration.rows[index].target.unit = [nil, "%", "/", "件"][pick / 7 % 4]
            default: declaration.rows.append(declaration.rows[index])
            }
        }
        return declaration
    }

    @Test func randomEditsGiveCatalogueFindingsAtExistingFields() async {
        await propertyCheck(input: Gen.int(in: -10_000...10_000).array(of: 0...12)) { numbers in
            let declaration = Self.edited(numbers)
            let findings = DeclarationChecker(library: DeclarationFixtures.library).check(declaration)
            #expect(findings == DeclarationChecker(library: DeclarationFixtures.library).check(declaration))
            for finding in findings {
                #expect(CheckCatalog.entry(finding.rule) != nil, "\(finding.rule)")
                #expect(!finding.message.isEmpty)
                let parts = (finding.location.field ?? "").split(separator: ".")
                #expect(["funds", "period", "targets"].contains(parts.first.map(String.init) ?? ""), "\(finding.location)")
                if parts.first == "targets", parts.count > 1 {
                    let row = Int(parts[1]) ?? 0
                    #expect((1...declaration.rows.count).contains(row), "\(finding.location)")
                }
            }
            if numbers.isEmpty { #expect(findings.isEmpty) }
        }
    }
}
